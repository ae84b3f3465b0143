"""One operation per kind of run, used alike by the command line and the window: list and
plan, import the selection, preview a sync, sync, undo. Each takes the job record (and what
only the front end knows: the password, how to report progress, whether to cancel) and returns
typed results — counts, entries, a plan's identity — or raises a typed error (core.errors:
Stopped, PlanChanged, BadInput…). The front ends gather choices and show results; they never
list, plan, open the user database or word an outcome themselves.

Confirm = run: a plan shown to the admin carries a `PlanIdentity`; running it with that
identity re-plans against the world as it is now and raises PlanChanged (nothing written) when
the actions differ.

May import: anything in ldapwizard.core.
"""

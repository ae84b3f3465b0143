"""The list-and-plan and import operations (core/operations) against a real slapd: the plan
streamed page by page has the identity of the plan made in memory, the import of it lands
exactly that plan, and the same identity after the database changed stops with nothing
written."""

from __future__ import annotations

import pytest

from ldapwizard.core.directory.listing import open_directory
from ldapwizard.core.errors import PlanChanged
from ldapwizard.core.job.profiles import Profile
from ldapwizard.core.maildb.database import UserDatabase
from ldapwizard.core.maildb.import_stream import StreamedImport
from ldapwizard.core.maildb.planner import make_plan
from ldapwizard.core.maildb.preview_stream import StreamedPreview
from ldapwizard.core.operations.importing import write_selection
from ldapwizard.core.operations.planning import list_everything, plan_identity, preview_rows
from tests.servers import seed
from tests.servers.seed import READER_PASSWORD
from tests.servers.userdb import rows_dump

pytestmark = pytest.mark.slapd


def job_for(server, database) -> Profile:
    return Profile(server_type="openldap", host=server.host, port=server.ldap_port,
                   security="starttls", verify="cafile", ca_file=str(server.ca_file),
                   bind_user=server.reader_dn, binding=server.base_dn,
                   domain=seed.MAIL_DOMAIN, database=str(database))


def test_streamed_plan_in_memory_plan_and_the_import_have_one_identity(slapd_server, tmp_path):
    job = job_for(slapd_server, tmp_path / "users.sqlite")
    options = job.plan_options()
    listed = []
    with StreamedPreview(options, None, show_hidden=True) as preview:
        listing = list_everything(job, open_directory, READER_PASSWORD,
                                  on_page=lambda page: (listed.extend(page), preview.add(page)))
        rows, summary = preview_rows(preview, listing.groups)
        assert sum(1 for _ in rows) == listing.listed
        streamed = summary().identity
    in_memory = make_plan(listed, options)
    assert streamed == plan_identity(in_memory.entries, in_memory.lists, options.domain)
    assert streamed.counts.users > 500

    with StreamedImport(options) as chosen, \
            UserDatabase.open(job.database_location(), write=True, create=True) as database:
        list_everything(job, open_directory, READER_PASSWORD,
                        on_page=chosen.listing.write_page)
        with database.consistent_reads():
            chosen.choose(database.snapshot(options.domain), [])
        result = write_selection(database, chosen.plan, chosen.chosen, chosen.chosen_lists,
                                 owner=job.owner, directory=job.directory_source(),
                                 expected=streamed)
    assert result.identity.same_actions(streamed)
    assert result.counts.users == streamed.counts.users

    # the database changed since (that import): the same plan again is refused, whole
    with UserDatabase.open(job.database_location(), write=True) as database:
        before = rows_dump(database)
        with pytest.raises(PlanChanged) as stopped:
            write_selection(database, in_memory, [e for e in in_memory.entries], [],
                            owner=job.owner, directory=job.directory_source(),
                            expected=streamed)
        assert stopped.value.now.counts.users == 0
        assert rows_dump(database) == before

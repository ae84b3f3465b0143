"""A scripted SMTP server on a loopback port, for the welcome step's unit tests: it takes
messages, refuses the recipients it is told to with a 550 answer, and can drop the connection
after a message's data (as a server that dies before its answer)."""

from __future__ import annotations

import socketserver
import threading
from dataclasses import dataclass, field
from email import message_from_bytes, policy


@dataclass
class Script:
    """What the server does, and what it received."""

    refuse: set[str] = field(default_factory=set)  # RCPT TO addresses answered 550
    drop_after_data: set[str] = field(default_factory=set)  # taken, then no answer
    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    mail_commands: list[str] = field(default_factory=list)  # each MAIL FROM as it came
    connections: int = 0

    def messages_to(self, address: str):
        """The messages received for `address`, parsed."""
        return [message_from_bytes(data, policy=policy.default)
                for _, recipients, data in self.received if address in recipients]


class _Handler(socketserver.StreamRequestHandler):
    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        script: Script = self.server.script
        script.connections += 1
        self.reply("220 scripted ESMTP")
        sender, recipients = "", []
        while line := self.rfile.readline():
            command = line.decode("utf-8", "replace").rstrip("\r\n")
            verb = command[:4].upper()
            if verb == "EHLO":
                self.reply("250-scripted\r\n250-SIZE 10000000\r\n250-8BITMIME\r\n250 SMTPUTF8")
            elif verb == "MAIL":
                script.mail_commands.append(command)
                sender, recipients = command.partition(":")[2].split()[0].strip("<>"), []
                self.reply("250 2.1.0 Ok")
            elif verb == "RCPT":
                address = command.partition(":")[2].split()[0].strip("<>")
                if address in script.refuse:
                    self.reply(f"550 5.1.1 <{address}>: Recipient address rejected: scripted")
                else:
                    recipients.append(address)
                    self.reply("250 2.1.5 Ok")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                data = b""
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data += chunk[1:] if chunk.startswith(b"..") else chunk
                script.received.append((sender, recipients, data))
                if set(recipients) & script.drop_after_data:
                    return
                self.reply("250 2.0.0 Ok: queued")
            elif verb == "QUIT":
                self.reply("221 2.0.0 Bye")
                return
            else:  # RSET, NOOP
                self.reply("250 2.0.0 Ok")


class ScriptedSmtp(socketserver.ThreadingTCPServer):
    """The server, serving on a thread until closed."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, script: Script):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.script = script
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def address(self) -> str:
        """HOST:PORT for --smtp-server."""
        return f"127.0.0.1:{self.server_address[1]}"

    def close(self) -> None:
        self.shutdown()
        self.server_close()

# -*- coding: utf-8 -*-
# Copyright: contributors to ansible-turbo
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""One task, offered to an ansible-turbo daemon over its Unix socket (protocol 2).

A frame is a 4-byte big-endian length and a body: UTF-8 JSON, or from the
daemon a byte 1 or 2 followed by what the task wrote to its stdout or
stderr. The client sends ``run``; the daemon answers ``ready`` (nothing ran
yet), ``unsupported``, ``retry`` or ``error``; after ``ready`` the client
sends ``go``, and from then on the task is the daemon's: it runs exactly
once and is never offered again, whatever happens to the connection.
"""

from __future__ import annotations

import json
import socket
import struct
import time

PROTOCOL_VERSION = 2
MAX_FRAME_BYTES = 256 * 1024 * 1024

# How an offer ended.
RAN = 'ran'                  # the task ran (or was lost after go): never offer it again
GONE = 'gone'                # nothing answers at the socket: locate again
RETRY = 'retry'              # the daemon is retiring: locate again
LATE = 'late'                # no answer in time: run the task the stock way
UNSUPPORTED = 'unsupported'  # the daemon cannot serve it: run it the stock way


class Offer:
    """What came of offering a task: ``kind``, and for RAN the process-like outcome."""

    def __init__(self, kind, reason='', rc=None, stdout=b'', stderr=b''):
        self.kind = kind
        self.reason = reason
        self.rc = rc
        self.stdout = stdout
        self.stderr = stderr


class _Closed(Exception):
    """The daemon closed the connection."""


def offer_task(location, request, accept_timeout, task_timeout):
    """Offers ``request`` (without its token) to the daemon at ``location``.

    ``location`` is the locate answer (``socket``, ``token``, ``log``; or,
    for a route over ssh, the token itself as ``token_value``);
    ``accept_timeout`` bounds the wait for ``ready``, ``task_timeout`` the
    task itself (seconds, None for no bound).
    """
    token = location.get('token_value')  # a route over ssh read it remotely
    if token is None:
        try:
            with open(location['token'], 'r') as f:
                token = f.read().strip()
        except (IOError, OSError) as e:
            return Offer(GONE, 'cannot read the token file %s: %s' % (location['token'], e))
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.settimeout(accept_timeout)
        try:
            sock.connect(location['socket'])
        except (FileNotFoundError, ConnectionRefusedError) as e:
            return Offer(GONE, 'no daemon answers at %s: %s' % (location['socket'], e))
        reader = _FrameReader(sock)
        try:
            _write_frame(sock, dict(request, token=token))
            reply = reader.read()
        except socket.timeout:
            return Offer(LATE, 'the daemon did not take the task within %s s (it may be busy or blocked;'
                               ' its log is %s)' % (accept_timeout, location['log']))
        except (_Closed, OSError) as e:
            return Offer(RETRY, 'the daemon closed the connection before taking the task (%s)' % e)
        kind = reply.get('type') if isinstance(reply, dict) else None
        if kind == 'retry':
            return Offer(RETRY, str(reply.get('message', '')))
        if kind in ('unsupported', 'error'):
            return Offer(UNSUPPORTED, str(reply.get('message', '')))
        if kind != 'ready':
            return Offer(UNSUPPORTED, 'unexpected answer from the daemon: %r' % (kind,))
        return _run(sock, reader, location, task_timeout)
    finally:
        sock.close()


def _run(sock, reader, location, task_timeout):
    """Says ``go`` and collects the task's output until its exit frame."""
    out = {1: [], 2: []}
    grace = 10
    deadline = None if not task_timeout else time.monotonic() + task_timeout + grace
    try:
        _write_frame(sock, {'type': 'go'})
        while True:
            if deadline is not None:
                sock.settimeout(max(0.001, deadline - time.monotonic()))
            else:
                sock.settimeout(None)
            message = reader.read_any()
            if isinstance(message, tuple):
                out[message[0]].append(message[1])
            elif isinstance(message, dict) and message.get('type') == 'exit':
                code = message.get('code')
                return Offer(RAN, rc=code if isinstance(code, int) else 1,
                             stdout=b''.join(out[1]), stderr=b''.join(out[2]))
    except socket.timeout:
        msg = ('The ansible-turbo daemon did not answer within %s s (ANSIBLE_TURBO_TASK_TIMEOUT %s s plus %s s);'
               ' the module may still be running there. The daemon\'s log is %s.'
               % (task_timeout + grace, task_timeout, grace, location['log']))
    except Exception:  # whatever broke, the task is the daemon's now: never offered again
        msg = ('The ansible-turbo daemon stopped before the task finished. The task was not run again,'
               ' because it may have partly run. The daemon\'s log is %s.' % location['log'])
    # Lost after go: reported as the module's own process reports it, never retried.
    line = json.dumps({'failed': True, 'msg': msg}).encode('utf-8') + b'\n'
    return Offer(RAN, rc=1, stdout=b''.join(out[1]) + line, stderr=b''.join(out[2]))


def _write_frame(sock, message):
    body = json.dumps(message, separators=(',', ':')).encode('utf-8')
    sock.sendall(struct.pack('>I', len(body)) + body)


class _FrameReader(object):
    """Reads frames, keeping bytes that arrive early for the next one."""

    def __init__(self, sock):
        self._sock = sock
        self._buffer = bytearray()

    def _fill(self, size):
        while len(self._buffer) < size:
            chunk = self._sock.recv(max(65536, size - len(self._buffer)))
            if not chunk:
                raise _Closed('connection closed')
            self._buffer.extend(chunk)

    def _next(self):
        self._fill(4)
        length = struct.unpack('>I', bytes(self._buffer[:4]))[0]
        if length > MAX_FRAME_BYTES:
            raise ValueError('frame of %d bytes is too large' % length)
        self._fill(4 + length)
        body = bytes(self._buffer[4:4 + length])
        del self._buffer[:4 + length]
        return body

    def read(self):
        """The next JSON message."""
        return json.loads(self._next().decode('utf-8'))

    def read_any(self):
        """The next message, or ``(fd, bytes)`` for output the task wrote."""
        body = self._next()
        if body[:1] in (b'\x01', b'\x02'):
            return body[0], body[1:]
        return json.loads(body.decode('utf-8'))

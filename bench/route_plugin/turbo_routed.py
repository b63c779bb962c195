# -*- coding: utf-8 -*-
# Bench-only prototype for bench/SSH.md; not a production plugin.
"""Run a TypeScript module's task in its daemon on the remote host, through
a local Unix socket that the benchmark forwarded to the daemon's socket
over the host's ControlMaster connection: no remote command, no module
process. The route (socket, token, module, remote environment) was found
once per host by the locate step; the benchmark writes it, 0600, to
``$ANSIBLE_TURBO_ROUTE_DIR/<inventory_hostname>.json``.
"""

from __future__ import absolute_import, division, print_function
__metaclass__ = type

import json
import os
import socket
import struct

from ansible.errors import AnsibleActionFail
from ansible.module_utils.common.text.converters import to_text
from ansible.plugins.action import ActionBase

_STDOUT = 1
_STDERR = 2


def _read_exact(sock, size):
    chunks = []
    while size:
        chunk = sock.recv(size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b''.join(chunks)


def _read_frame(sock):
    header = _read_exact(sock, 4)
    if header is None:
        return None
    return _read_exact(sock, struct.unpack('>I', header)[0])


def _write_frame(sock, message):
    body = json.dumps(message, separators=(',', ':')).encode('utf-8')
    sock.sendall(struct.pack('>I', len(body)) + body)


class ActionModule(ActionBase):

    TRANSFERS_FILES = False

    def run(self, tmp=None, task_vars=None):
        result = super(ActionModule, self).run(tmp, task_vars)
        del tmp

        route_dir = os.environ.get('ANSIBLE_TURBO_ROUTE_DIR')
        if not route_dir:
            raise AnsibleActionFail('ANSIBLE_TURBO_ROUTE_DIR is not set')
        host = task_vars.get('inventory_hostname') if task_vars else None
        with open(os.path.join(route_dir, '%s.json' % host)) as f:
            route = json.load(f)

        args = json.loads(route['request']['argsText'])
        args.update(self._task.args)
        args['_ansible_check_mode'] = self._play_context.check_mode
        args['_ansible_diff'] = self._play_context.diff
        args['_ansible_no_log'] = self._play_context.no_log
        request = dict(route['request'], token=route['token'],
                       argsText=json.dumps(args))

        stdout = []
        code = None
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.connect(route['socket'])
            _write_frame(sock, request)
            while True:
                frame = _read_frame(sock)
                if frame is None:
                    break
                if frame[:1] in (b'\x01', b'\x02'):
                    if frame[0] == _STDOUT:
                        stdout.append(frame[1:])
                    continue
                message = json.loads(frame)
                kind = message.get('type')
                if kind == 'ready':
                    _write_frame(sock, {'type': 'go'})
                elif kind == 'exit':
                    code = message.get('code')
                    break
                else:
                    raise AnsibleActionFail(
                        'the daemon did not take the task: %s' % to_text(frame))
        finally:
            sock.close()
        if code is None:
            raise AnsibleActionFail('the daemon stopped before the task finished')

        data = self._parse_returned_data({
            'rc': code, 'stdout': to_text(b''.join(stdout)), 'stderr': '',
        })
        result.update(data)
        return result

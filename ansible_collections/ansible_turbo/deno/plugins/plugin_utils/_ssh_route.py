# -*- coding: utf-8 -*-
# Copyright: contributors to ansible-turbo
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Tasks routed over SSH to the remote module's warm daemon (see bench/SSH.md).

Once per (host, port, user, ControlPath, module content), through Ansible's
own connection (so no ssh connection of ours):

1. *locate*: one remote ``/bin/sh`` script, sent on stdin, puts the module
   (and the collection files it imports relatively) into a content-addressed
   store below the remote ``remote_tmp`` (0700, owned by the user, no
   symlink), runs it there in locate mode (``ANSIBLE_TURBO_LOCATE=1``: the
   runtime alone decides the daemon's identity, paths and start) and prints
   the session's cwd (the remote home) and environment; a second command
   reads the daemon's token;
2. *forward*: ``ssh -O forward -L local.sock:daemon.sock`` through the
   ssh connection plugin's own ControlMaster. ``local.sock`` goes in the
   ControlPath directory (0700, ours), named after the ControlPath, the
   master's pid and the daemon's socket, so that a new master never meets
   a socket file a dead one left;
3. the route (local socket, token, remote env and home, module path) is
   remembered in a 0600 file of the locate cache (see ``_locate``), since
   every task runs in a fresh worker.

Then each task is one exchange over ``local.sock``. Connection refused or
EOF before ``ready`` means nothing ran: the route is retired (``-O cancel``)
and made again, a bounded number of times; then the task takes the stock
path with a warning, and the key is remembered as unroutable for a minute.
After ``go`` the task is the daemon's and is never run again (``offer_task``).

Who can reach the route: the local socket is 0600 in a 0700 directory of
the controller user (checked before each use; else the stock path), where
the ControlPath socket already sits, which lets its owner run anything as
the remote user: the forward adds no capability. The master connects to
the daemon's socket as the remote login user; the daemon's socket and token
are 0600 in a 0700 directory of that user, so another user of that host
(behind the same or another sshd) cannot be reached through it, nor reach
the daemon himself. The route is keyed by host, port, user and ControlPath,
and its socket name by the master, so a task for another sshd or user never
uses it: that one gets its own master, locate and token. The token travels
only inside the ssh channel and lives in the worker's memory and the 0600
route file, never on a command line (``ANSIBLE_DEBUG`` logs all remote
output, this too, as it logs every module's result).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import shlex
import socket
import stat
import subprocess

from ansible.errors import AnsibleError
from ansible.utils.path import unfrackpath

from ansible_collections.ansible_turbo.deno.plugins.plugin_utils._daemon import (
    GONE, RAN, RETRY, offer_task,
)
from ansible_collections.ansible_turbo.deno.plugins.plugin_utils._imports import file_url
from ansible_collections.ansible_turbo.deno.plugins.plugin_utils._locate import (
    PROBE_PARAMETER, cache_key, parse_answer,
)

STORE = 'ansible-turbo-modules'
# Routes made afresh for one task before it takes the stock path.
ROUTE_ATTEMPTS = 2
# sun_path holds 108 bytes with its NUL; leave a margin.
MAX_SOCKET_PATH = 100
_MASTER_PID = re.compile(r'Master running \(pid=(\d+)\)')


class RouteRefused(AnsibleError):
    """The route cannot be made: the task takes the stock path."""


def refusal(connection):
    """Why this ssh connection cannot carry a route (None when it can): anything doubtful says no."""
    if getattr(connection, 'transport', None) != 'ssh':
        return 'the connection is %s, not local or ssh' % getattr(connection, 'transport', None)
    if getattr(connection._shell, 'SHELL_FAMILY', None) != 'sh':
        return 'the remote shell is not sh'
    if connection.get_option('password') or connection._play_context.password:
        return 'the ssh connection uses a password (sshpass)'
    if connection.get_option('pkcs11_provider'):
        return 'the ssh connection uses a pkcs11 provider'
    return None


class SshRouter(object):
    """Offers tasks to the remote daemon through a forwarded socket; ``action`` is the task's action plugin."""

    def __init__(self, action, locator, display):
        self._action = action
        self._connection = action._connection
        self._locator = locator
        self._display = display

    # The connection's own ssh command line.

    def _host(self):
        c = self._connection
        return c.get_option('host') or c._play_context.remote_addr

    def _ssh(self, *args):
        """``ssh`` with the connection plugin's options and ControlPath, and ``args``."""
        c = self._connection
        return c._build_command(c.get_option('ssh_executable'), 'ssh', *args)

    def control_path(self):
        """The master's socket as the connection plugin names it; RouteRefused when it names none."""
        self._ssh('-O', 'check', self._host())  # sets control_path and control_path_dir
        c = self._connection
        if not getattr(c, '_persistent', False) or not c.control_path or not c.control_path_dir:
            raise RouteRefused('no ControlPersist, or a ControlPath set in ssh_args')
        path = c.control_path % dict(directory=unfrackpath(c.control_path_dir))  # as ssh.py does
        if '%' in path or ':' in path:
            raise RouteRefused('the ControlPath %s uses ssh tokens or a colon' % path)
        return path

    # Offering a task.

    def offer(self, request, task):
        """The task's Offer (RAN), or None for the stock path.

        ``task`` holds what the route depends on: ``module_name`` (the
        module's file name), ``data`` and ``files`` (as shipped),
        ``shebang``, ``task_env``, ``module_args``.
        """
        control = self.control_path()
        module = _stored_module(task)
        key = cache_key(['ssh-route', self._host(), self._connection.get_option('port'),
                         self._connection.get_option('remote_user'), control, module['dir'],
                         task['shebang'], task['module_args'].get('_ansible_remote_tmp'),
                         task['module_args'].get('_ansible_module_name'), sorted(task['task_env'].items()),
                         os.getuid()])
        location = self._locator.cached(key)
        for dummy in range(ROUTE_ATTEMPTS):
            if location is None:
                location = self._route(key, control, module, task)
            route = location.daemon
            if route is None:
                self._display.vvv('ansible-turbo: no route to the daemon (%s)' % location.reason)
                return None
            if not os.path.lexists(route['socket']):  # its master is gone, and another route pruned it
                self._retire(key, route)
                location = None
                continue
            problem = private_socket(route['socket'])
            if problem:
                self._locator.forget(key)
                self._display.warning('ansible-turbo: the module runs the stock way: %s' % problem)
                return None
            env = dict(route['env'], **task['task_env'])
            if env.get('ANSIBLE_TURBO_DISABLE', '').lower() not in ('', '0', 'false', 'no', 'off'):
                return None  # the module's own process says so in its result
            routed = dict(request, env=env, cwd=route['home'],
                          ttl=route.get('ttl', request['ttl']), timeout=route.get('timeout', request['timeout']),
                          module={'url': file_url(route['module']), 'hash': module['hash'], 'copy': False})
            offer = offer_task(route, routed, accept_timeout=route.get('acceptTimeout', 10),
                               task_timeout=routed['timeout'])
            if offer.kind == RAN:
                return offer
            self._display.vvv('ansible-turbo: the remote daemon did not take the task (%s)' % offer.reason)
            if offer.kind not in (GONE, RETRY):
                return None
            self._retire(key, route)
            location = None
        reason = ('the forwarded socket to the remote daemon was closed before it took the task'
                  ' %d times (does the server allow forwarding? AllowStreamLocalForwarding,'
                  ' AllowTcpForwarding)' % ROUTE_ATTEMPTS)
        self._locator.remember(key, {'unavailable': reason})
        self._display.warning('ansible-turbo: the module runs the stock way on %s: %s' % (self._host(), reason))
        return None

    # Making and retiring a route.

    def _route(self, key, control, module, task):
        """Locates the remote daemon and forwards a local socket to it; remembers and returns the Location."""
        try:
            answer = self._locate(module, task)
            if 'socket' in answer:
                answer['token_value'] = self._token(answer['token'])
                answer['remote_socket'] = answer['socket']
                answer['socket'] = self._forward(control, answer['socket'])
        except RouteRefused as e:
            # Remembered for a minute (see _locate): one warning, not one per task.
            self._display.warning('ansible-turbo: the module runs the stock way on %s: %s' % (self._host(), e))
            answer = {'unavailable': str(e)}
        return self._locator.remember(key, answer)

    def _locate(self, module, task):
        """Stores the module remotely and runs it in locate mode: the answer, with ``env``, ``home``, ``module``."""
        marker = '--ansible-turbo-%s--' % secrets.token_hex(8)
        script = _locate_script(module, task, marker)
        res = self._action._low_level_execute_command('/bin/sh', sudoable=False, in_data=script.encode('utf-8', 'surrogateescape'))
        out = res.get('stdout', '')
        if res.get('rc') == 3 and 'unsafe-store' in out:
            raise RouteRefused('the remote module store is not a private directory of the user')
        head, sep, located = out.partition('\n%s\n' % marker)
        if not sep or head.count('\n') < 2:
            raise RouteRefused('the locate step failed (rc %s): %s' % (res.get('rc'), res.get('stderr', '')[-300:]))
        home, module_path, env_text = head.split('\n', 2)
        answer = parse_answer(located, res.get('stderr', ''), res.get('rc'))
        answer.update(home=home, module=module_path, env=_parse_env(env_text))
        return answer

    def _token(self, path):
        """The daemon's token, read by the remote user (inside the ssh channel)."""
        res = self._action._low_level_execute_command('cat -- %s' % shlex.quote(path), sudoable=False)
        token = res.get('stdout', '').strip()
        if res.get('rc') != 0 or not token:
            raise RouteRefused('cannot read the remote token file %s' % path)
        return token

    def _forward(self, control, remote):
        """``ssh -O forward`` of a fresh local socket beside the ControlPath to ``remote``; its path."""
        if ':' in remote:
            raise RouteRefused('the daemon socket %s has a colon' % remote)
        directory = os.path.dirname(control)
        problem = private_dir(directory)
        if problem:
            raise RouteRefused(problem)
        check = self._mux('-O', 'check', self._host())
        pid = _MASTER_PID.search(check.stderr.decode('utf-8', 'replace'))
        if check.returncode != 0 or not pid:
            raise RouteRefused('no ControlMaster answers at %s' % control)
        name = hashlib.sha256(json.dumps([control, pid.group(1), remote]).encode('utf-8')).hexdigest()[:16]
        local = os.path.join(directory, 'turbo-%s.sock' % name)
        if len(local) > MAX_SOCKET_PATH:
            raise RouteRefused('the forwarded socket path %s is too long' % local)
        # An earlier forward of this master (a route forgotten, or retired by
        # another worker): the master would take the same spec as done and
        # bind nothing, and ssh will not bind over a file.
        self._cancel(local, remote)
        _prune_dead(directory)
        done = self._mux('-O', 'forward', '-L', '%s:%s' % (local, remote), self._host())
        if done.returncode != 0:
            raise RouteRefused('ssh -O forward failed: %s' % done.stderr.decode('utf-8', 'replace').strip())
        problem = private_socket(local)
        if problem:
            self._cancel(local, remote)
            raise RouteRefused(problem)
        return local

    def _mux(self, *args):
        """A control command (``-O ...``) to the master: it answers at once, or the route is refused."""
        try:
            return subprocess.run(self._ssh(*args), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, timeout=30)
        except (OSError, subprocess.SubprocessError) as e:
            raise RouteRefused('ssh %s failed: %s' % (' '.join(args[:2]), e))

    def _retire(self, key, route):
        self._locator.forget(key)
        self._cancel(route['socket'], route.get('remote_socket', ''))

    def _cancel(self, local, remote):
        try:
            self._mux('-O', 'cancel', '-L', '%s:%s' % (local, remote), self._host())
        except RouteRefused:
            pass  # nothing to cancel, or no master: the file goes anyway
        _unlink(local)


def _stored_module(task):
    """The module's place in the remote store: a directory named by the hash of all it ships."""
    digest = hashlib.sha256()
    for rel, data in [(task['module_name'], task['data'])] + sorted(task['files']):
        digest.update(('%d:%s\0' % (len(data), rel)).encode('utf-8'))
        digest.update(data)
    return {'dir': digest.hexdigest()[:32], 'hash': hashlib.sha256(task['data']).hexdigest()}


def _remote_path(path):
    """A remote path as a shell word: ``~`` means the login user's ``$HOME``; others must be absolute."""
    if path == '~' or path.startswith('~/'):
        return '"$HOME"' + (shlex.quote(path[1:]) if len(path) > 1 else '')
    if not path.startswith('/') or '$' in path or '`' in path:
        raise RouteRefused('remote_tmp %s is not an absolute or ~/ path' % path)
    return shlex.quote(path)


def _locate_script(module, task, marker):
    """The remote ``/bin/sh`` script of the locate step: prints home, module path, env, ``marker``, the answer."""
    for rel, data in [(task['module_name'], task['data'])] + task['files']:
        if b'\0' in data or rel.startswith('/') or '..' in rel.split('/'):
            raise RouteRefused('%s cannot be stored remotely' % rel)
    remote_tmp = task['module_args'].get('_ansible_remote_tmp') or '~/.ansible/tmp'
    q = shlex.quote
    lines = [
        'umask 077',
        'home=$(pwd)',
        # The store: below remote_tmp, as private as the daemon's own directory.
        'store=%s/%s' % (_remote_path(remote_tmp), STORE),
        'mkdir -p "$store" && [ -d "$store" ] && [ ! -h "$store" ] && [ -O "$store" ] && chmod 700 "$store"'
        ' || { echo unsafe-store; exit 3; }',
        'd="$store"/%s' % module['dir'],
        'if [ ! -d "$d" ]; then',
        '  t="$store/.%s.$$" && rm -rf "$t" && mkdir "$t" || exit 4' % module['dir'],
    ]
    for rel, data in [(task['module_name'], task['data'])] + task['files']:
        if '/' in rel:
            lines.append('  mkdir -p "$t"/%s || exit 4' % q(os.path.dirname(rel)))
        lines.append('  printf %%s %s > "$t"/%s || exit 4' % (q(data.decode('utf-8', 'surrogateescape')), q(rel)))
    args = dict((k, v) for k, v in task['module_args'].items() if k.startswith('_ansible_'))
    args[PROBE_PARAMETER] = True
    shell = task['shell']
    # As Ansible runs a module (an empty cmd is not quoted: the path is added as shell words).
    command = shell.build_module_command(shell.env_prefix(**task['task_env']), task['shebang'], '').strip()
    command += ' "$d"/%s "$a"' % q(task['module_name'])
    lines += [
        '  [ -d "$d" ] || mv "$t" "$d"',  # content-addressed: whoever came first wrote the same bytes
        '  rm -rf "$t"',
        'fi',
        'a="$d/.locate-args.$$"',
        'printf %%s %s > "$a" || exit 4' % q(json.dumps(args)),
        'printf "%s\\n%s\\n" "$home" "$d"/' + q(task['module_name']) + ' && env -0 && printf "\\n%s\\n" ' + q(marker),
        'ANSIBLE_TURBO_LOCATE=1 ' + command,
        'rc=$?',
        'rm -f "$a"',
        'exit $rc',
    ]
    return '\n'.join(lines) + '\n'


def _parse_env(text):
    env = {}
    for entry in text.split('\0'):
        name, sep, value = entry.partition('=')
        if sep and name:
            env[name] = value
    return env


def private_dir(path):
    """A problem with ``path`` as a directory only this user can enter, or None."""
    return _owned(path, stat.S_ISDIR, 0o077, '%s is not a 0700 directory of this user')


def private_socket(path):
    """A problem with ``path`` as a forwarded socket only this user can use, or None."""
    return private_dir(os.path.dirname(path)) or _owned(
        path, stat.S_ISSOCK, 0o177, 'the forwarded socket %s is not a 0600 socket of this user')


def _owned(path, is_kind, mask, problem):
    """``problem`` (naming ``path``) unless ``path`` is of its kind, this user's, and has no ``mask`` bit."""
    try:
        st = os.lstat(path)
    except OSError as e:
        return 'cannot check %s: %s' % (path, e)
    if not is_kind(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & mask:
        return problem % path
    return None


def _prune_dead(directory):
    """Removes forwarded sockets nothing listens at any more (their master is gone)."""
    for name in os.listdir(directory):
        if name.startswith('turbo-') and name.endswith('.sock'):
            path = os.path.join(directory, name)
            probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                probe.connect(path)
            except ConnectionRefusedError:
                _unlink(path)
            except OSError:
                pass
            finally:
                probe.close()


def _unlink(path):
    try:
        os.unlink(path)
    except OSError:
        pass


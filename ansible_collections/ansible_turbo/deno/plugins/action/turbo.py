# -*- coding: utf-8 -*-
# Copyright: contributors to ansible-turbo
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action plugin ansible_turbo.deno.turbo: TypeScript modules without a process per task.

Route a module to it in its collection's ``meta/runtime.yml``::

    plugin_routing:
      modules:
        counter:
          action_plugin: ansible_turbo.deno.turbo

On a local connection without become, a task goes straight from the Ansible
worker to the module's warm daemon over its Unix socket: no temp directory,
no copy, no process. The daemon imports the module from its real path. The
module gets the arguments Ansible builds for it, the environment and working
directory Ansible's local connection would give its process; what it prints
is parsed and cleaned as the stock ``normal`` action does.

On an ssh connection (ControlPersist on) without become, the task goes to the
remote host's daemon the same way, through a local socket forwarded over
Ansible's own ControlMaster (``_ssh_route``): no remote command per task.

Anything else (another connection, become, async, kept remote files, turbo
disabled, a daemon or route that cannot take the task) runs the module the
stock way, with its local imports made to work from Ansible's temp copy.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import shlex
import traceback

from collections.abc import Sequence

from ansible import constants as C
from ansible.errors import AnsibleError
from ansible.module_utils.common.text.converters import to_text
from ansible.module_utils.six import string_types
from ansible.plugins.action.normal import ActionModule as NormalActionModule
from ansible.release import __version__ as ansible_version
from ansible.utils.display import Display
from ansible.vars.clean import remove_internal_keys

from ansible_collections.ansible_turbo.deno.plugins.plugin_utils._daemon import (
    GONE, PROTOCOL_VERSION, RAN, RETRY, offer_task,
)
from ansible_collections.ansible_turbo.deno.plugins.plugin_utils._imports import file_url
from ansible_collections.ansible_turbo.deno.plugins.plugin_utils._locate import (
    Locator, cache_dir, cache_key, write_probe_args,
)
from ansible_collections.ansible_turbo.deno.plugins.plugin_utils._ship import portable_module
from ansible_collections.ansible_turbo.deno.plugins.plugin_utils._ssh_route import SshRouter, refusal as ssh_refusal

display = Display()

SCRIPT_SUFFIXES = ('.ts', '.mts', '.js', '.mjs', '.tsx', '.jsx')
MAX_ATTEMPTS = 5
_OFF = re.compile(r'^(0|false|no|off)?$', re.IGNORECASE)
_SHELL_NAME = re.compile(r'^[A-Za-z_][A-Za-z0-9_]*$')
_CORE = tuple(int(p) for p in re.findall(r'\d+', ansible_version)[:2])


def _seconds(text, default):
    try:
        value = float(text)
    except (TypeError, ValueError):
        return default
    return value if value > 0 else default


def _unpack(built):
    """``_configure_module``'s answer as (style, shebang, data, path, profile) on every version."""
    if len(built) == 4:  # 2.14 to 2.18
        style, shebang, data, path = built
        return style, shebang, data, path, None
    bits, path = built  # 2.19: a _BuiltModule and the path
    return bits.module_style, bits.shebang, bits.b_module_data, path, bits.serialization_profile


def _repack(built, data):
    if len(built) == 4:
        return built[0], built[1], data, built[3]
    bits, path = built
    return dataclasses.replace(bits, b_module_data=data), path


class ActionModule(NormalActionModule):
    """The ``normal`` action, with a zero-spawn path for ansible-turbo modules."""

    _stock = None  # on the stock path: {'remote': True} when the module goes to another host
    _pending_files = None

    def _execute_module(self, module_name=None, module_args=None, tmp=None, task_vars=None,
                        persist_files=False, delete_remote_tmp=None, wrap_async=False, **kwargs):
        if tmp is None and delete_remote_tmp is None:
            refusal = self._zero_spawn_refusal(wrap_async)
            if refusal is None:
                offered = self._offer_to_daemon(module_name, module_args, task_vars or {}, kwargs)
                if offered is not None:
                    return self._result_of(*offered)
            else:
                display.vvv('ansible-turbo: the module runs the stock way (%s)' % refusal)
        # The stock way; the hooks below make the module's local imports work from its temp copy.
        self._stock = {'remote': getattr(self._connection, 'transport', None) != 'local'}
        environment = self._task.environment
        try:
            return super(ActionModule, self)._execute_module(
                module_name=module_name, module_args=module_args, tmp=tmp, task_vars=task_vars,
                persist_files=persist_files, delete_remote_tmp=delete_remote_tmp, wrap_async=wrap_async, **kwargs)
        finally:
            self._task.environment = environment
            self._stock = None

    def _zero_spawn_refusal(self, wrap_async):
        """Why this task cannot skip its process, or None."""
        if getattr(self._connection, 'transport', None) != 'local':
            refusal = ssh_refusal(self._connection)
            if refusal is not None:
                return refusal
        if self._connection.become is not None:
            return 'the task uses become'
        if wrap_async or self._task.async_val:
            return 'the task is async'
        if C.DEFAULT_KEEP_REMOTE_FILES:
            return 'remote files are kept'
        return None

    # The zero-spawn path.

    def _offer_to_daemon(self, module_name, module_args, task_vars, kwargs):
        """Runs the task in the module's daemon: (offer, shebang, profile), or None for the stock way.

        Whatever goes wrong before the daemon takes the task means the stock
        way; once it took it, the task is never run again (offer_task
        reports a lost task as the task's failure).
        """
        try:
            return self._prepare_and_offer(module_name, module_args, task_vars, kwargs)
        except AnsibleError as e:  # the stock way says it again, in its own words
            display.vvv('ansible-turbo: the module runs the stock way (%s)' % to_text(e))
            return None
        except Exception as e:
            display.warning('ansible-turbo: the module runs the stock way after an unexpected error: %s' % to_text(e))
            display.debug(traceback.format_exc())
            return None

    def _prepare_and_offer(self, module_name, module_args, task_vars, kwargs):
        """Builds the request as Ansible builds a module's arguments, environment and cwd, and offers it."""
        if module_name is None:
            module_name = self._task.action
        if module_args is None:
            module_args = self._task.args
        # The arguments as Ansible builds them (no temp directory: _ansible_tmpdir is None, as when pipelining).
        self._update_module_args(module_name, module_args, task_vars, **kwargs)
        built = self._configure_module(module_name=module_name, module_args=module_args, task_vars=task_vars)
        style, shebang, data, module_path, profile = _unpack(built)
        module_path = os.path.abspath(module_path)
        if style != 'non_native_want_json' or not shebang or not module_path.endswith(SCRIPT_SUFFIXES):
            display.vvv('ansible-turbo: %s is not a TypeScript module for the daemon' % module_path)
            return None
        task_env = {}
        self._compute_environment_string(task_env)
        task_env = dict((to_text(k), to_text(v)) for k, v in task_env.items())
        if self._connection.transport == 'ssh':
            offer = self._offer_over_ssh(module_path, data, shebang, module_args, task_env, profile)
            return None if offer is None else (offer, shebang, profile)
        cwd = os.path.realpath(to_text(self._loader.get_basedir()))
        env = _process_environment(task_env, cwd, shells=(C.DEFAULT_EXECUTABLE, self._play_context.executable))
        if not _OFF.match(env.get('ANSIBLE_TURBO_DISABLE', '')):
            return None  # turbo disabled: the module's own process says so in its result
        with open(module_path, 'rb') as f:
            module_bytes = f.read()
        request = {
            'v': PROTOCOL_VERSION,
            'type': 'run',
            'module': {'url': file_url(module_path), 'hash': hashlib.sha256(module_bytes).hexdigest(), 'copy': False},
            'argsText': self._encode_args(module_args, profile),
            'argv': [],
            'env': env,
            'cwd': cwd,
            'ttl': _seconds(env.get('ANSIBLE_TURBO_LOOKUP_TTL'), 15),
            'timeout': _seconds(env.get('ANSIBLE_TURBO_TASK_TIMEOUT'), 3600),
            'ranUntilCreate': False,
        }
        offer = self._offer(request, {
            'module_path': module_path, 'module_bytes': module_bytes, 'shebang': shebang,
            'module_args': module_args, 'task_env': task_env, 'env': env, 'cwd': cwd,
        })
        return None if offer is None else (offer, shebang, profile)

    def _result_of(self, offer, shebang, profile):
        """The task's result from what the module printed, as the stock path makes it."""
        self._used_interpreter = shebang
        out = self._strip_success_message(to_text(offer.stdout, errors='surrogate_then_replace'))
        err = to_text(offer.stderr, errors='surrogate_then_replace')
        res = dict(rc=offer.rc, stdout=out, stdout_lines=out.splitlines(), stderr=err, stderr_lines=err.splitlines())
        data = self._parse_returned_data(res) if profile is None else self._parse_returned_data(res, profile)
        return self._clean_module_result(data)

    def _offer(self, request, task):
        """Finds the daemon (remembered, else asked of the module) and offers it the task."""
        env = task['env']
        locator = Locator(cache_dir(C.DEFAULT_LOCAL_TMP))
        key = cache_key(self._identity_parts(task))
        location = locator.cached(key)
        for dummy in range(MAX_ATTEMPTS):
            if location is None:
                location = self._locate(locator, key, task)
            daemon = location.daemon
            if daemon is None:
                display.vvv('ansible-turbo: no daemon for this module (%s)' % location.reason)
                return None
            # The module's own settings (its create() options included), as it computed them.
            request['ttl'] = daemon.get('ttl', request['ttl'])
            request['timeout'] = daemon.get('timeout', request['timeout'])
            accept = daemon.get('acceptTimeout', _seconds(env.get('ANSIBLE_TURBO_ACCEPT_TIMEOUT'), 10))
            offer = offer_task(daemon, request, accept_timeout=accept, task_timeout=request['timeout'])
            if offer.kind == RAN:
                return offer
            display.vvv('ansible-turbo: the daemon did not take the task (%s)' % offer.reason)
            if offer.kind not in (GONE, RETRY):
                return None
            locator.forget(key)
            location = None
        return None

    def _offer_over_ssh(self, module_path, data, shebang, module_args, task_env, profile):
        """Offers the task to the remote daemon through a forwarded socket (see ``_ssh_route``)."""
        if not _OFF.match(task_env.get('ANSIBLE_TURBO_DISABLE', '')):
            return None
        # The bytes the stock path would send: its collection files travel with it into the store.
        portable = portable_module(module_path, data, remote=True)
        request = {
            'v': PROTOCOL_VERSION,
            'type': 'run',
            'argsText': self._encode_args(module_args, profile),
            'argv': [],
            'ttl': _seconds(task_env.get('ANSIBLE_TURBO_LOOKUP_TTL'), 15),
            'timeout': _seconds(task_env.get('ANSIBLE_TURBO_TASK_TIMEOUT'), 3600),
            'ranUntilCreate': False,
        }
        router = SshRouter(self, Locator(cache_dir(C.DEFAULT_LOCAL_TMP)), display)
        return router.offer(request, {
            'module_name': os.path.basename(module_path), 'data': portable.data, 'files': portable.files,
            'shebang': shebang, 'task_env': task_env, 'module_args': module_args, 'shell': self._connection._shell,
        })

    def _identity_parts(self, task):
        """Everything that could change where the module's daemon is."""
        interpreter = shlex.split(task['shebang'][2:])[0] if task['shebang'][2:].strip() else ''
        try:
            st = os.stat(interpreter)
            launcher = [interpreter, st.st_ino, st.st_size, st.st_mtime_ns]
        except OSError:
            launcher = [interpreter]
        args = task['module_args']
        return [
            task['module_path'], hashlib.sha256(task['module_bytes']).hexdigest(), task['shebang'], launcher,
            args.get('_ansible_remote_tmp'), args.get('_ansible_module_name'),
            os.getuid(), os.geteuid(), sorted(task['env'].items()),
        ]

    def _locate(self, locator, key, task):
        """Runs the module as Ansible would run it, in locate mode, and remembers its answer."""
        args_path = write_probe_args(C.DEFAULT_LOCAL_TMP, task['module_args'])
        try:
            shell = self._connection._shell
            command = shell.build_module_command(
                shell.env_prefix(**task['task_env']), task['shebang'], task['module_path'], arg_path=args_path)
            env = dict(os.environ, ANSIBLE_TURBO_LOCATE='1')
            start = _seconds(task['env'].get('ANSIBLE_TURBO_START_TIMEOUT'), 30)
            return locator.locate(key, command, env=env, cwd=task['cwd'], start_timeout=start)
        finally:
            os.unlink(args_path)

    def _encode_args(self, module_args, profile):
        """The arguments file's text, as the stock path writes it."""
        if profile is None:
            return json.dumps(module_args)
        from ansible.module_utils.common.json import Direction, get_module_encoder
        return json.dumps(module_args, cls=get_module_encoder(profile, Direction.CONTROLLER_TO_MODULE))

    def _clean_module_result(self, data):
        """What the stock _execute_module does to a parsed result before returning it."""
        if data.pop('_ansible_suppress_tmpdir_delete', False):
            self._cleanup_remote_tmp = False
        if 'results' in data and (not isinstance(data['results'], Sequence) or isinstance(data['results'], string_types)):
            data['ansible_module_results'] = data.pop('results')
            display.warning("Found internal 'results' key in module return, renamed to 'ansible_module_results'.")
        remove_internal_keys(data)
        for stream in ('stdout', 'stderr'):
            if stream in data and '%s_lines' % stream not in data:
                # As the stock path: a value that is not text fails here, as it does there.
                data['%s_lines' % stream] = (data.get(stream) or u'').splitlines()
        if _CORE < (2, 19):
            from ansible.utils.unsafe_proxy import wrap_var
            data = wrap_var(data)
        return data

    # Hooks of the stock path: the module's local imports, made to work from its temp copy.

    def _configure_module(self, module_name, module_args, task_vars):
        built = super(ActionModule, self)._configure_module(module_name, module_args, task_vars)
        style, _shebang, data, module_path, _profile = _unpack(built)
        self._pending_files = None
        if self._stock is None or style != 'non_native_want_json' or not module_path.endswith(SCRIPT_SUFFIXES):
            return built
        portable = portable_module(module_path, data, remote=self._stock['remote'])
        if portable.files:
            # Shipped beside the copy; the daemon stores them with it.
            self._pending_files = portable.files
        return built if portable.data is data else _repack(built, portable.data)

    def _fixup_perms2(self, remote_paths, remote_user=None, execute=True):
        pending, self._pending_files = self._pending_files, None
        if pending and self._connection._shell.tmpdir:
            remote_paths = list(remote_paths) + self._transfer_shipped(pending)
        return super(ActionModule, self)._fixup_perms2(remote_paths, remote_user=remote_user, execute=execute)

    def _transfer_shipped(self, files):
        """Puts the module's local imports in its temp directory; returns the paths made there."""
        shell = self._connection._shell
        tmpdir = shell.tmpdir
        paths = [shell.join_path(tmpdir, rel) for rel, dummy in files]
        dirs = sorted(set(os.path.dirname(p) for p in paths) - set([tmpdir]))
        made = []
        for d in dirs:
            while d != tmpdir and d not in made:
                made.append(d)
                d = os.path.dirname(d)
        made.sort()
        if made:
            res = self._low_level_execute_command('mkdir -p %s' % ' '.join(shlex.quote(d) for d in made), sudoable=False)
            if res.get('rc', 0) != 0:
                display.warning('ansible-turbo: could not create %s: %s' % (', '.join(made), res.get('stderr', '')))
        for path, (dummy, data) in zip(paths, files):
            self._transfer_data(path, data)
        return made + paths


def _process_environment(task_env, cwd, shells=()):
    """The environment the module's process would get from the local connection.

    The worker's own environment, as the shells the command goes through pass
    it on, ``PWD`` as ``/bin/sh`` sets it for the directory the connection
    runs in, then the task's ``environment:``.
    """
    env = dict(os.environ)
    if not all(_keeps_any_name(shell) for shell in shells if shell):
        # dash (Debian's /bin/sh) drops variables whose names are not shell
        # names, such as the "?" some task runners export; bash keeps them.
        env = dict((k, v) for k, v in env.items() if _SHELL_NAME.match(k))
    pwd = env.get('PWD', '')
    if not (pwd.startswith('/') and _same_dir(pwd, cwd) and '/./' not in pwd + '/' and '/../' not in pwd + '/'):
        pwd = cwd
    env['PWD'] = pwd
    env.update(task_env)
    return env


def _keeps_any_name(shell):
    """Whether ``shell`` (a command line) passes on variables of any name: bash does."""
    return os.path.basename(os.path.realpath(shell.split()[0])).startswith('bash')


def _same_dir(a, b):
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False

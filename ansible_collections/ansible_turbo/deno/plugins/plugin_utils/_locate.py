# -*- coding: utf-8 -*-
# Copyright: contributors to ansible-turbo
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Where a module's daemon is, asked of the module itself and remembered.

The runtime alone knows a daemon's identity (its socket name hashes the
user, the Deno and runtime versions, the permissions, the module's group,
remote_tmp, the process-wide environment...). So the plugin never computes
it: it runs the module once, as Ansible would run it, with
``ANSIBLE_TURBO_LOCATE=1``, and the module prints where its daemon is
(starting it if needed). Every Ansible task runs in a fresh worker process,
so the answer is kept in a small file, keyed by everything that could change
it, in a directory of the user's that outlives the play (so that the next
play needs no locate run either); an answer whose daemon is gone is located
again. A planted answer could send tasks to another user's socket, so the
directory must be the user's own, 0700, and no symlink; else the play's own
local temp directory is used.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import tempfile
import time

# Answers saying turbo cannot be used are kept this long: the cause (a
# daemon slow to start, say) may pass.
UNAVAILABLE_TTL_SECONDS = 60
# Answers unused this long are removed when a new one is written.
FORGET_AFTER_SECONDS = 24 * 3600
# Added to the runtime's own start timeout when waiting for the module.
LOCATE_GRACE_SECONDS = 30
# Not a parameter any module declares: a module that is not a turbo module
# fails its argument validation instead of doing its work.
PROBE_PARAMETER = 'ansible_turbo_locate_probe'


class Location(object):
    """A locate answer: a daemon (``socket``, ``token``, ``log``), or why there is none."""

    def __init__(self, answer):
        self.answer = answer

    @property
    def daemon(self):
        return self.answer if 'socket' in self.answer else None

    @property
    def reason(self):
        return self.answer.get('unavailable') or self.answer.get('not_turbo') or 'no daemon'


def cache_dir(local_tmp):
    """Where answers are remembered: a private directory beside the play's ``local_tmp``, or inside it."""
    private = os.path.join(os.path.dirname(local_tmp), 'ansible-turbo-locate-%d' % os.getuid())
    try:
        os.makedirs(private, mode=0o700, exist_ok=True)
        st = os.lstat(private)
        if stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & 0o077:
            return private
    except OSError:
        pass
    return os.path.join(local_tmp, 'ansible_turbo_locate')


def cache_key(parts):
    """A short stable hash of the JSON of ``parts``."""
    text = json.dumps(parts, sort_keys=True, separators=(',', ':'), default=str)
    return hashlib.sha256(text.encode('utf-8')).hexdigest()[:32]


class Locator(object):
    """Locates daemons, with a cache in ``cache_dir`` shared by the play's workers."""

    def __init__(self, cache_dir):
        self._dir = cache_dir

    def _file(self, key):
        return os.path.join(self._dir, '%s.json' % key)

    def cached(self, key):
        """The remembered answer for ``key``, or None."""
        try:
            with open(self._file(key), 'r') as f:
                answer = json.load(f)
        except (IOError, OSError, ValueError):
            return None
        if 'socket' not in answer and time.time() - answer.get('at', 0) > UNAVAILABLE_TTL_SECONDS:
            return None
        return Location(answer)

    def forget(self, key):
        try:
            os.unlink(self._file(key))
        except OSError:
            pass

    def locate(self, key, command, env, cwd, start_timeout):
        """Runs the module in locate mode (``command`` is a shell command line) and remembers its answer."""
        answer = _run_locate(command, env=env, cwd=cwd, timeout=start_timeout + LOCATE_GRACE_SECONDS)
        return self.remember(key, answer)

    def remember(self, key, answer):
        """Keeps ``answer`` (a daemon, or why there is none) for ``key``; returns its Location."""
        answer['at'] = time.time()
        self._remember(key, answer)
        return Location(answer)

    def _remember(self, key, answer):
        try:
            os.makedirs(self._dir, mode=0o700, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=self._dir, prefix='.%s.' % key)
            with os.fdopen(fd, 'w') as f:
                json.dump(answer, f)
            os.rename(temp, self._file(key))  # atomic: workers read whole answers only
        except (IOError, OSError):
            return  # not remembered: the next task locates again
        self._prune()

    def _prune(self):
        """Removes answers written more than a day ago (old modules, old settings; a live one is located again)."""
        now = time.time()
        try:
            names = os.listdir(self._dir)
        except OSError:
            return
        for name in names:
            path = os.path.join(self._dir, name)
            try:
                if now - os.stat(path).st_mtime > FORGET_AFTER_SECONDS:
                    os.unlink(path)
            except OSError:
                pass


def write_probe_args(directory, module_args):
    """Writes the arguments file of a locate run: the ``_ansible_*`` keys only (no secret), plus the probe."""
    args = dict((k, v) for k, v in module_args.items() if k.startswith('_ansible_'))
    args[PROBE_PARAMETER] = True
    os.makedirs(directory, mode=0o700, exist_ok=True)
    fd, path = tempfile.mkstemp(dir=directory, prefix='locate-args-')
    with os.fdopen(fd, 'w') as f:
        json.dump(args, f)
    return path


def _run_locate(command, env, cwd, timeout):
    """The module's one-line JSON answer, or a ``not_turbo`` answer saying what it printed instead."""
    try:
        proc = subprocess.run(
            command, shell=True, executable='/bin/sh', cwd=cwd, env=env,
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {'unavailable': 'the module did not say where its daemon is within %s s' % timeout}
    except OSError as e:
        return {'unavailable': 'the module could not be run to locate its daemon: %s' % e}
    return parse_answer(proc.stdout.decode('utf-8', errors='replace'),
                        proc.stderr.decode('utf-8', errors='replace'), proc.returncode)


def parse_answer(stdout, stderr, returncode):
    """The locate run's answer from its output: a daemon, ``unavailable``, or ``not_turbo``."""
    lines = stdout.strip().splitlines()
    try:
        answer = json.loads(lines[-1]) if lines else None
    except ValueError:
        answer = None
    if isinstance(answer, dict):
        if isinstance(answer.get('unavailable'), str):
            return {'unavailable': answer['unavailable']}
        if all(isinstance(answer.get(k), str) for k in ('socket', 'token', 'log')):
            found = {'socket': answer['socket'], 'token': answer['token'], 'log': answer['log']}
            # The settings a request of this module carries, as the module computed them.
            for k in ('ttl', 'timeout', 'acceptTimeout'):
                if isinstance(answer.get(k), (int, float)) and not isinstance(answer.get(k), bool):
                    found[k] = answer[k]
            return found
    printed = (stdout + stderr).strip()
    return {'not_turbo': 'the module does not support locate mode (exit code %s): %s'
                         % (returncode, printed[-300:] or 'it printed nothing')}

# -*- coding: utf-8 -*-
# Test driver of helpers_parity_test.ts: runs the same operations through
# ansible-core's own AnsibleModule, in one python process, and writes what
# it printed (and what it left on disk) as JSON.
#
# usage: driver.py CASES.json RESULTS.json

from __future__ import (absolute_import, division, print_function)
__metaclass__ = type

import contextlib
import io
import json
import os
import posixpath
import shlex
import stat
import sys

sys.path.insert(0, '/usr/lib/python3/dist-packages')

from ansible.module_utils import basic  # noqa: E402
from ansible.module_utils.basic import AnsibleModule, heuristic_log_sanitize  # noqa: E402
from ansible.module_utils.common import warnings as _warnings  # noqa: E402
from ansible.module_utils.parsing.convert_bool import boolean  # noqa: E402
from ansible.release import __version__  # noqa: E402

SPEC = dict(
    op=dict(type='str', required=True),
    input=dict(type='raw'),
    pw=dict(type='str', no_log=True),
)


class Module(AnsibleModule):
    def log(self, msg, log_args=None):
        pass


def state(path):
    """What a file looks like afterwards (module.ts reports the same)."""
    if not os.path.lexists(path):
        return None
    st = os.lstat(path)
    out = dict(
        mode='0%03o' % stat.S_IMODE(st.st_mode),
        uid=st.st_uid,
        gid=st.st_gid,
    )
    if stat.S_ISLNK(st.st_mode):
        out['link'] = True
        out['target_mode'] = '0%03o' % stat.S_IMODE(os.stat(path).st_mode)
    elif stat.S_ISREG(st.st_mode):
        with open(path, 'rb') as f:
            out['content'] = f.read().decode('utf-8', 'replace')
        out['mtime'] = int(st.st_mtime)
    return out


def listing(path):
    directory = os.path.dirname(os.path.abspath(path))
    return sorted(os.listdir(directory)) if os.path.isdir(directory) else None


def op_run_command(module, value):
    rc, out, err = module.run_command(value['args'], **value.get('kw', {}))
    return dict(rc=rc, stdout=out, stderr=err)


def op_get_bin_path(module, value):
    path = module.get_bin_path(value['arg'], required=value.get('required', False),
                               opt_dirs=value.get('opt_dirs'))
    return dict(bin_path=path)


def op_boolean(module, value):
    return dict(value=module.boolean(value['value']))


def op_digest(module, value):
    return dict(digest=module.digest_from_file(value['path'], value['algorithm']))


def op_sha256(module, value):
    return dict(digest=module.sha256(value['path']))


def op_atomic_move(module, value):
    module.atomic_move(value['src'], value['dest'], unsafe_writes=module.params['unsafe_writes'])
    return dict(dest=state(value['dest']), src=state(value['src']), listing=listing(value['dest']))


def op_backup_local(module, value):
    backup = module.backup_local(value['path'])
    return dict(backup=backup, state=state(backup) if backup else None)


def op_set_fs_attributes(module, value):
    file_args = module.load_file_common_arguments(module.params, path=value['path'])
    diff = {} if value.get('diff', True) else None
    changed = module.set_fs_attributes_if_different(file_args, value.get('changed', False), diff)
    return dict(changed=changed, diff=diff, state=state(os.path.expandvars(value['path'])))


def op_set_mode(module, value):
    diff = {}
    changed = module.set_mode_if_different(value['path'], value['mode'], False, diff)
    return dict(changed=changed, diff=diff, state=state(value['path']))


def op_cleanup(module, value):
    for path in value['paths']:
        module.add_cleanup_file(path)
    return dict()


OPS = dict(
    run_command=op_run_command,
    get_bin_path=op_get_bin_path,
    boolean=op_boolean,
    digest=op_digest,
    sha256=op_sha256,
    atomic_move=op_atomic_move,
    backup_local=op_backup_local,
    set_fs_attributes=op_set_fs_attributes,
    set_mode=op_set_mode,
    cleanup=op_cleanup,
)


def run_module_case(case):
    os.environ.clear()
    os.environ.update(case['env'])
    os.chdir(case['cwd'])
    del _warnings._global_warnings[:]
    del _warnings._global_deprecations[:]
    basic._ANSIBLE_ARGS = json.dumps({'ANSIBLE_MODULE_ARGS': case['args']}).encode('utf-8')
    out, err = io.StringIO(), io.StringIO()
    code = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            module = Module(argument_spec=SPEC, add_file_common_args=True,
                            supports_check_mode=True)
            try:
                result = OPS[module.params['op']](module, module.params['input'] or {})
            except Exception as e:
                module.fail_json(msg='exception: %s' % e)
            changed = result.pop('changed', False)
            module.exit_json(changed=changed, **result)
        except SystemExit as e:
            code = e.code
    lines = out.getvalue().strip().splitlines()
    return dict(code=code, output=json.loads(lines[-1]) if lines else None,
                stderr=err.getvalue())


def mode_for(mode, st_mode):
    """What set_mode_if_different makes of a mode string, or its failure details."""
    class Stat:
        pass
    path_stat = Stat()
    path_stat.st_mode = st_mode
    try:
        return int(mode, 8)
    except Exception:
        try:
            return AnsibleModule._symbolic_mode_to_octal(path_stat, mode)
        except Exception as e:
            return 'error: %s' % e


def run_tables(tables):
    out = dict()
    modes = []
    for row in tables['modes']:
        os.umask(row['umask'])
        modes.append(mode_for(row['mode'], row['st_mode']))
    os.umask(0o022)
    out['modes'] = modes
    splits = []
    for text in tables['shlex_split']:
        try:
            splits.append(shlex.split(text))
        except ValueError as e:
            splits.append('error: %s' % e)
    out['shlex_split'] = splits
    out['shlex_quote'] = [shlex.quote(t) for t in tables['shlex_quote']]
    out['sanitize'] = [heuristic_log_sanitize(t) for t in tables['sanitize']]
    os.environ.clear()
    os.environ.update(tables['env'])
    out['expandvars'] = [posixpath.expandvars(t) for t in tables['expandvars']]
    out['expanduser'] = [posixpath.expanduser(t) for t in tables['expanduser']]
    out['normpath'] = [posixpath.normpath(t) for t in tables['normpath']]
    booleans = []
    for value in tables['boolean']:
        try:
            booleans.append(boolean(value))
        except TypeError as e:
            booleans.append('error: %s' % e)
    out['boolean'] = booleans
    return out


def main():
    with open(sys.argv[1]) as f:
        cases = json.load(f)
    results = dict(version=__version__)
    results['tables'] = run_tables(cases['tables'])
    results['modules'] = [run_module_case(c) for c in cases['modules']]
    with open(sys.argv[2], 'w') as f:
        json.dump(results, f)


if __name__ == '__main__':
    main()

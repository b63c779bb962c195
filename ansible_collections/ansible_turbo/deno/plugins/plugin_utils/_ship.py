# -*- coding: utf-8 -*-
# Copyright: contributors to ansible-turbo
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""A module's temp copy whose local imports still work.

Ansible copies a module alone into a temp directory, so a relative import
(``../module_utils/api.ts``) would look for a file beside the copy. On the
stock path the plugin therefore adjusts the copy:

- on the controller's own machine (a local connection with become, say), the
  copy imports the very files it names, by absolute ``file:`` URL: the
  daemon then sees an edited helper and retires, as on the zero-spawn path;
- on another host, the files of the module's collection (or, outside a
  collection, of the directory above the module's own) travel with it into
  the temp directory, in their relative layout below ``ansible_turbo_files``,
  and the copy imports them there. Imports that leave the collection (the
  runtime, say) name the controller's path: that path must exist there too.
"""

from __future__ import annotations

import os

from urllib.parse import quote

from ansible_collections.ansible_turbo.deno.plugins.plugin_utils._imports import (
    file_url, import_specifiers, local_graph, local_path, rewrite_imports,
)

SHIPPED_DIR = 'ansible_turbo_files'


class Portable(object):
    """The copy's bytes (``data``), and the files to put beside it: (path relative to the temp dir, bytes)."""

    def __init__(self, data, files):
        self.data = data
        self.files = files


def home_of(module_path):
    """The collection a module belongs to (``.../ansible_collections/ns/coll``), else the directory above its own."""
    parts = module_path.split(os.sep)
    for i in range(len(parts) - 4, -1, -1):
        if parts[i] == 'ansible_collections':
            return os.sep.join(parts[:i + 3])
    return os.path.dirname(os.path.dirname(module_path))


def portable_module(module_path, data, remote):
    """The module's copy (``data``, its bytes as Ansible would send them) made to run from the temp directory."""
    source = data.decode('utf-8', errors='surrogateescape')
    if not any(local_path(s.text, module_path) for s in import_specifiers(source)):
        return Portable(data, [])
    if not remote:
        copy = rewrite_imports(source, module_path, file_url)
        return Portable(copy.encode('utf-8', errors='surrogateescape'), [])
    home = home_of(module_path)
    prefix = home + os.sep

    def shipped(target):
        return os.path.join(SHIPPED_DIR, os.path.relpath(target, home))

    def outside(target):
        return None if target.startswith(prefix) else file_url(target)

    def from_copy(target):
        return './' + quote(shipped(target)) if target.startswith(prefix) else file_url(target)

    files = []
    for path in local_graph(module_path, within=home):
        with open(path, 'rb') as f:
            text = f.read().decode('utf-8', errors='surrogateescape')
        text = rewrite_imports(text, path, outside)
        files.append((shipped(path), text.encode('utf-8', errors='surrogateescape')))
    copy = rewrite_imports(source, module_path, from_copy)
    return Portable(copy.encode('utf-8', errors='surrogateescape'), files)

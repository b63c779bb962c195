# -*- coding: utf-8 -*-
# Copyright: contributors to ansible-turbo
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The local files a TypeScript module imports, and copies of them that run elsewhere.

The scan follows the runtime's own ``_import_scan.ts`` (the daemon uses it to
notice an edited helper): static ``import``/``export ... from`` and
``import()`` with a string literal whose specifier is relative or a
``file:`` URL. Comments, strings, template literals and regular expressions
are skipped, so text in them is never taken for an import. Each hit keeps
the span of its string literal, so that a copy can point it elsewhere.
"""

from __future__ import annotations

import json
import os
import re

from urllib.parse import quote, unquote, urlsplit

_WORD = r'A-Za-z0-9_$'
_SCAN = re.compile(
    r'//[^\n]*'
    r'|/\*[\s\S]*?(?:\*/|\Z)'
    r'|"(?:[^"\\\n]|\\.)*"?'
    r"|'(?:[^'\\\n]|\\.)*'?"
    r'|`'
    r'|/'
    r'|(?<![' + _WORD + r'.])(?:import|export)(?![' + _WORD + r'])'
)
_STEP = re.compile(
    r'(\s+|//[^\n]*|/\*[\s\S]*?(?:\*/|\Z))'
    r'|("(?:[^"\\\n]|\\.)*"?|\'(?:[^\'\\\n]|\\.)*\'?)'
    r'|([A-Za-z_$\u0080-\U0010ffff][' + _WORD + r'\u0080-\U0010ffff]*)'
    r'|(\S)'
)
_REGEX_KEYWORDS = frozenset((
    'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void',
    'throw', 'case', 'do', 'else', 'yield', 'await',
))


class Specifier:
    """One import's string literal: its text and where it sits in the source."""

    __slots__ = ('text', 'start', 'end')

    def __init__(self, text, start, end):
        self.text = text
        self.start = start
        self.end = end


def import_specifiers(source):
    """Every literal import specifier in ``source``, local or not, in order."""
    found = []
    pos = 0
    while True:
        match = _SCAN.search(source, pos)
        if match is None:
            return found
        text = match.group(0)
        pos = match.end()
        if text == '`':
            pos = _template_end(source, match.start()) + 1
        elif text == '/':
            if _regex_may_start(source, match.start()):
                pos = _regex_end(source, match.start()) + 1
        elif text in ('import', 'export'):
            tokens = _clause_tokens(source, match.start())
            spec = _import_specifier(tokens) if text == 'import' else _export_specifier(tokens)
            if spec is not None:
                found.append(spec)


def local_path(specifier, importer):
    """The absolute path a local specifier names, seen from the file ``importer``; None if not local."""
    if specifier.startswith(('./', '../')):
        path = os.path.join(os.path.dirname(importer), unquote(_strip_query(specifier)))
    elif specifier.startswith('/'):
        path = unquote(_strip_query(specifier))
    elif specifier.startswith('file:'):
        parts = urlsplit(specifier)
        if parts.netloc not in ('', 'localhost'):
            return None
        path = unquote(parts.path)
    else:
        return None
    return os.path.normpath(path)


def local_graph(module_path, within):
    """The local files under the directory ``within`` that ``module_path`` reaches, itself excluded, sorted.

    Imports are followed only inside ``within``. Files that cannot be read
    are left out: the import fails where it runs, with Deno's own message.
    """
    seen = set()
    queue = [os.path.abspath(module_path)]
    prefix = within.rstrip(os.sep) + os.sep
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        seen.add(path)
        if not path.startswith(prefix):
            continue
        source = _read(path)
        if source is None:
            continue
        for spec in import_specifiers(source):
            target = local_path(spec.text, path)
            if target is not None and target not in seen:
                queue.append(target)
    seen.discard(os.path.abspath(module_path))
    return sorted(p for p in seen if p.startswith(prefix) and os.path.isfile(p))


def rewrite_imports(source, importer, place):
    """``source`` with each local specifier replaced by ``place(target_path)`` (None keeps it)."""
    out = []
    last = 0
    for spec in import_specifiers(source):
        target = local_path(spec.text, importer)
        if target is None:
            continue
        replacement = place(target)
        if replacement is None:
            continue
        out.append(source[last:spec.start])
        out.append(json.dumps(replacement))
        last = spec.end
    out.append(source[last:])
    return ''.join(out)


def file_url(path):
    """The ``file:`` URL of an absolute path, as Deno writes it."""
    return 'file://' + quote(path, safe="/:@!$&'()*+,;=-._~")


def _read(path):
    try:
        with open(path, 'rb') as f:
            return f.read().decode('utf-8', errors='replace')
    except (IOError, OSError):
        return None


def _strip_query(specifier):
    return re.split(r'[?#]', specifier, maxsplit=1)[0]


def _clause_tokens(source, at):
    """The tokens from ``at`` on, as far as an import clause can reach: (kind, text, start, end)."""
    tokens = []
    i = at
    while i < len(source) and len(tokens) < 256:
        match = _STEP.match(source, i)
        if match is None:
            break
        space, string, word, punct = match.groups()
        start, i = match.start(), match.end()
        if space is not None:
            continue
        if string is not None:
            closed = len(string) > 1 and string[-1] == string[0]
            body = string[1:-1] if closed else string[1:]
            tokens.append(('string', _unescape(body), start, i))
        elif word is not None:
            tokens.append(('word', word, start, i))
        else:
            tokens.append(('punct', punct, start, i))
            if punct in (';', '=', '`'):
                break
    return tokens


def _spec(token):
    return Specifier(token[1], token[2], token[3])


def _import_specifier(tokens):
    following = tokens[1] if len(tokens) > 1 else None
    if following is None or following[1] == '.':
        return None  # import.meta
    if following[0] == 'string':
        return _spec(following)  # import "x"
    if following[1] == '(':
        argument = tokens[2] if len(tokens) > 2 else None
        after = tokens[3] if len(tokens) > 3 else None
        if argument is not None and argument[0] == 'string' and after is not None and after[1] in (')', ','):
            return _spec(argument)
        return None
    return _from_clause(tokens)


def _export_specifier(tokens):
    following = tokens[1][1] if len(tokens) > 1 else None
    if following not in ('*', '{', 'type'):
        return None
    return _from_clause(tokens)


def _from_clause(tokens):
    for j in range(1, len(tokens)):
        kind, text = tokens[j][0], tokens[j][1]
        if kind == 'word' and text == 'from':
            following = tokens[j + 1] if j + 1 < len(tokens) else None
            return _spec(following) if following is not None and following[0] == 'string' else None
        if kind == 'string':
            return None
        if kind == 'punct' and text not in ',{}*':
            return None
    return None


def _string_end(source, start):
    quote = source[start]
    i = start + 1
    while i < len(source) and source[i] != quote and source[i] != '\n':
        i += 2 if source[i] == '\\' else 1
    return i


def _template_end(source, start):
    """The closing backtick of a template literal, across nested ``${...}``."""
    i = start + 1
    n = len(source)
    while i < n:
        c = source[i]
        if c == '\\':
            i += 2
        elif c == '`':
            return i
        elif c == '$' and source[i + 1:i + 2] == '{':
            depth = 1
            i += 2
            while i < n and depth > 0:
                d = source[i]
                if d == '{':
                    depth += 1
                elif d == '}':
                    depth -= 1
                elif d in ('"', "'"):
                    i = _string_end(source, i)
                elif d == '`':
                    i = _template_end(source, i)
                i += 1
        else:
            i += 1
    return i


def _regex_may_start(source, at):
    """Whether the ``/`` at ``at`` starts a regular expression rather than a division."""
    i = at - 1
    while i >= 0 and source[i].isspace():
        i -= 1
    if i < 0:
        return True
    c = source[i]
    if re.match(r'[' + _WORD + r']', c):
        j = i
        while j > 0 and re.match(r'[' + _WORD + r']', source[j - 1]):
            j -= 1
        return source[j:i + 1] in _REGEX_KEYWORDS
    return c not in ')]}"\'`'


def _regex_end(source, start):
    i = start + 1
    in_class = False
    while i < len(source) and source[i] != '\n':
        c = source[i]
        if c == '\\':
            i += 1
        elif c == '[':
            in_class = True
        elif c == ']':
            in_class = False
        elif c == '/' and not in_class:
            return i
        i += 1
    return i


def _unescape(text):
    return re.sub(r'\\(.)', r'\1', text) if '\\' in text else text

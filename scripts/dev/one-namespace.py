#!/usr/bin/env python3
"""One namespace for the project: every declaration in app/, models/, ui/, sandbox/ and tests/support is in
`namespace km`, opened after a file's preamble (comments, #pragma once, includes, Qt forward declarations)
and closed at its end (`} // namespace km`), the contents not indented. Outside it stay: forward
declarations of Qt classes (`class QNetworkReply;`), Q_DECLARE_METATYPE (qualified with km::), the
moc include at the end of a .cpp, and every file that holds main() or extern "C": those, and the test,
benchmark, screenshot and fuzz sources under tests/, get `using namespace km;` after their includes.
Translation contexts follow the class: a Q_OBJECT class's tr() context becomes "km::Class", so the
script rewrites QCoreApplication::translate/QT_TRANSLATE_NOOP contexts naming such a class and the
<name> of its context in translations/*.ts (the translations themselves are untouched; lupdate finds the
same contexts because it is given the include roots, app/CMakeLists.txt). qHash, QDebug operator<< and
Q_DECLARE_OPERATORS_FOR_FLAGS stay beside their type inside the namespace (found by ADL). No string
names a project class otherwise (no qobject_cast by name, inherits() or className() comparison, no
setting key), so nothing persisted changes. No indentation, no reformatting (clang-format runs after).
Idempotent and deterministic: rerun it after a merge that brought in new files, then build.
Skips tests/layers (the fixture), tests/fuzz/corpus and generated files.
  python3 scripts/dev/one-namespace.py [ROOT]"""
import os, re, sys

root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..'))
NS = 'km'
OPEN = f'namespace {NS} {{'
CLOSE = f'}} // namespace {NS}'
USING = f'using namespace {NS};'
project_dirs = ('app', 'models', 'ui', 'sandbox', 'tests/support')
user_dirs = ('tests',)  # sources that use the project from outside it
skip_dirs = ('tests/layers', 'tests/fuzz/corpus')

qt_forward_re = re.compile(r'^(class|struct)\s+(Q[A-Z]\w*)\s*;\s*(//.*)?$')
# "namespace Ui { class Form; }" (uic), "namespace QKeychain { class Job; }": another library's names.
foreign_block_re = re.compile(r'^namespace\s+(\w+)\s*\{\s*(?:(?:class|struct)\s+\w+\s*;\s*)+\}\s*(//.*)?$')
metatype_re = re.compile(r'^Q_DECLARE_METATYPE\((.*)\)\s*;?\s*$')
moc_include_re = re.compile(r'^\s*#\s*include\s*["<][^">]*\.moc[">]')
entry_re = re.compile(r'^(int\s+main\s*\(|extern\s+"C")', re.M)
quoted_include_re = re.compile(r'^\s*#\s*include\s*"(?![^"]*\.moc")', re.M)
elaborated_re = re.compile(r'(?<![\w:])(?:class|struct)\s+(Q[A-Z]\w*)(?=\s*[*&])')
type_decl_re = re.compile(r'^(?:template\s*<[^>]*>\s*)?(?:class|struct|union|enum(?:\s+class)?|namespace)\s+(\w+)'
                          r'|^using\s+(\w+)\s*=|^typedef\b.*?(\w+)\s*;', re.M)
top_class_re = re.compile(r'^(?:class|struct)\s+(\w+)(?!\s*;)')


def generated(name):
    return name.startswith(('moc_', 'ui_', 'qrc_')) or name.endswith('.moc')


def sources():
    out = []
    for top in ('app', 'models', 'ui', 'sandbox', 'tests'):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames[:] = sorted(d for d in dirnames if not d.endswith('_autogen'))
            rel_dir = os.path.relpath(dirpath, root).replace(os.sep, '/')
            if rel_dir.startswith(skip_dirs):
                continue
            for name in sorted(filenames):
                if name.endswith(('.cpp', '.h')) and not generated(name):
                    out.append(f'{rel_dir}/{name}')
    return sorted(out)


def in_dirs(rel, dirs):
    return any(rel == d or rel.startswith(d + '/') for d in dirs)


def read(rel):
    with open(os.path.join(root, rel), encoding='utf-8') as f:
        return f.read()


def write(rel, text):
    with open(os.path.join(root, rel), 'w', encoding='utf-8') as f:
        f.write(text)


def preamble(lines):
    """(index of the last preamble line that must stay before the namespace, #if depth after it,
    index of the first code line or None). A conditional that opens around code (#ifdef Q_OS_WIN
    before an anonymous namespace) stays inside the namespace, unless it holds includes too."""
    last = -1
    depth = 0
    depth_after_last = 0
    last_at_0 = -1
    include_after_0 = False
    in_comment = False
    i = 0
    while i < len(lines):
        s = lines[i].strip()
        if in_comment:
            if '*/' in s:
                in_comment = False
            i += 1
            continue
        if not s or s.startswith('//'):
            i += 1
            continue
        if s.startswith('/*'):
            in_comment = '*/' not in s
            i += 1
            continue
        if s.startswith('#'):
            d = re.match(r'#\s*(\w+)', s)
            word = d.group(1) if d else ''
            if word in ('if', 'ifdef', 'ifndef'):
                depth += 1
            elif word == 'endif':
                depth -= 1
            while lines[i].rstrip().endswith('\\') and i + 1 < len(lines):
                i += 1
            if word == 'include':
                include_after_0 = True
            last, depth_after_last = i, depth
            if depth == 0:
                last_at_0, include_after_0 = i, False
            i += 1
            continue
        f = foreign_block_re.match(s)
        if (qt_forward_re.match(s) or (f and f.group(1) not in names)) and lines[i][0] not in ' \t':
            last, depth_after_last = i, depth
            if depth == 0:
                last_at_0, include_after_0 = i, False
            i += 1
            continue
        if not include_after_0:
            last, depth_after_last = last_at_0, 0
        return last, depth_after_last, i
    return last, depth_after_last, None


def wrap(lines, rel):
    """Opens and closes the namespace around a file's declarations; False when it has none."""
    last, depth, first_code = preamble(lines)
    if first_code is None:
        return False
    pos = last + 1
    while pos < len(lines) and not lines[pos].strip():
        pos += 1
    # The end: before the moc include and the #endif of a conditional the preamble opened.
    end = len(lines)
    closing = 0
    while end > pos:
        s = lines[end - 1].strip()
        if not s or moc_include_re.match(s):
            end -= 1
        elif closing < depth and re.match(r'#\s*endif\b', s):
            closing += 1
            end -= 1
        else:
            break
    if closing != depth:
        sys.exit(f'one-namespace: {rel}: the preamble leaves {depth} #if open and the file does not end with their #endif')
    for j in range(pos, end):
        if re.match(r'\s*#\s*include\b', lines[j]) and not moc_include_re.match(lines[j]):
            sys.exit(f'one-namespace: {rel}:{j + 1}: an include after the declarations begin would land inside namespace {NS}: move it up')
    lines[end:end] = ['', CLOSE]
    lines[pos:pos] = ([] if pos > 0 and not lines[pos - 1].strip() else ['']) + [OPEN, '']
    return True


def region(lines):
    opens = [i for i, l in enumerate(lines) if l.rstrip() == OPEN]
    closes = [i for i, l in enumerate(lines) if l.rstrip() == CLOSE]
    if not opens or not closes:
        return None
    return opens[0], closes[-1]


def drop_line(lines, i):
    del lines[i]
    # Leave no run of two blank lines where the line was.
    if 0 < i < len(lines) and not lines[i].strip() and not lines[i - 1].strip():
        del lines[i]


def qualify(text, names):
    return re.sub(r'(?<![\w:])(\w+)\b', lambda m: f'{NS}::{m.group(1)}' if m.group(1) in names else m.group(1), text)


def move_out(lines, names):
    """Qt forward declarations go before the namespace, Q_DECLARE_METATYPE after it (qualified)."""
    r = region(lines)
    if r is None:
        return
    open_i, close_i = r
    forwards, metatypes = [], []
    i = open_i + 1
    while i < close_i:
        line = lines[i]
        f = foreign_block_re.match(line)
        if qt_forward_re.match(line) or (f and f.group(1) not in names):
            forwards.append(line)
        elif metatype_re.match(line):
            metatypes.append(line)
        else:
            i += 1
            continue
        before = len(lines)
        drop_line(lines, i)
        close_i -= before - len(lines)
    # "class QSettings *m_settings;" inside the namespace would declare km::QSettings: declare Qt's first.
    declared = {m.group(2) for m in map(qt_forward_re.match, lines[:open_i]) if m}
    declared.update(m.group(2) for m in map(qt_forward_re.match, forwards) if m)
    for line in lines[open_i + 1:close_i]:
        for m in elaborated_re.finditer(line.split('//', 1)[0]):
            if m.group(1) not in declared:
                declared.add(m.group(1))
                forwards.append(f'class {m.group(1)};')
    if metatypes:
        after = [''] + metatypes
        if close_i + 1 < len(lines) and lines[close_i + 1].strip():
            after.append('')
        lines[close_i + 1:close_i + 1] = after
    if forwards:
        lines[open_i:open_i] = forwards + ['']
    # Every metatype declaration names the project's types with km:: (idempotent).
    for j, line in enumerate(lines):
        m = metatype_re.match(line)
        if m:
            lines[j] = line[:m.start(1)] + qualify(m.group(1), names) + line[m.end(1):]


def add_using(lines, rel):
    if any(l.strip() == USING for l in lines):
        return False
    last, depth, _ = preamble(lines)
    # Only the directives count here: a Qt forward declaration may follow the using.
    while last >= 0 and not lines[last].strip().startswith('#'):
        last -= 1
    if last < 0 or depth != 0:
        sys.exit(f'one-namespace: {rel}: no include to put "{USING}" after')
    lines[last + 1:last + 1] = ['', USING]
    return True


files = sources()
texts = {rel: read(rel) for rel in files}
wrapped = [rel for rel in files if in_dirs(rel, project_dirs) and not entry_re.search(texts[rel])]
users = [rel for rel in files if rel not in wrapped and rel.endswith('.cpp')
         and (in_dirs(rel, user_dirs) or entry_re.search(texts[rel])) and quoted_include_re.search(texts[rel])]

# The project's type names (for Q_DECLARE_METATYPE) and its Q_OBJECT classes (their tr() context gains km::).
names, qobjects = set(), set()
for rel in wrapped:
    for m in type_decl_re.finditer(re.sub(foreign_block_re.pattern, '', texts[rel], flags=re.M)):
        names.add(m.group(1) or m.group(2) or m.group(3))
    current = None
    for line in texts[rel].split('\n'):
        m = top_class_re.match(line)
        if m:
            current = m.group(1)
        elif line.strip() == 'Q_OBJECT' and current:
            qobjects.add(current)
names.discard(NS)

context_re = None
if qobjects:
    alt = '|'.join(sorted(qobjects))
    context_re = re.compile(r'((?:\btranslate|\bQT_TRANSLATE_N?_?NOOP3?)\(\s*|\bcontext\s+)"((?:' + alt + r')(?:::\w+)*)"')

outputs = {}
for rel in files:
    text = texts[rel]
    lines = text.split('\n')
    if rel in wrapped:
        if region(lines) is None:
            wrap(lines, rel)
        move_out(lines, names)
    elif rel in users:
        add_using(lines, rel)
    new = '\n'.join(lines)
    if context_re:
        new = context_re.sub(lambda m: f'{m.group(1)}"{NS}::{m.group(2)}"', new)
    if new != text:
        outputs[rel] = new

# The .ts files name each context; a Q_OBJECT class's context is now km::Class.
ts_dir = os.path.join(root, 'translations')
if qobjects and os.path.isdir(ts_dir):
    name_re = re.compile(r'(<name>)((?:' + '|'.join(sorted(qobjects)) + r')(?:::\w+)*)(</name>)')
    for name in sorted(os.listdir(ts_dir)):
        if name.endswith('.ts'):
            rel = f'translations/{name}'
            text = read(rel)
            new = name_re.sub(lambda m: f'{m.group(1)}{NS}::{m.group(2)}{m.group(3)}', text)
            if new != text:
                outputs[rel] = new
# Nothing is written until every file could be handled.
for rel in sorted(outputs):
    write(rel, outputs[rel])
print(f'one-namespace: {len(outputs)} files changed')

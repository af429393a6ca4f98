#!/usr/bin/env python3
"""Every include of a project header names its layer ("models/SafeText.h", "services/Workspace.h",
"ui/MainWindow.h", "sandbox/SandboxStore.h"), and the code uses Qt's macros instead of the keywords
that QT_NO_KEYWORDS turns off (Q_EMIT, Q_SIGNALS, Q_SLOTS). Idempotent: run it after a merge that
brought in new files, then build. cmake/CheckLayers.cmake refuses a bare include of a project header.
  python3 scripts/dev/name-layers.py [ROOT]"""
import os, re, sys

root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), '..', '..'))
layer_dirs = {'models': 'models', 'ui': 'ui', 'sandbox': 'sandbox'}
for d in ('api', 'session', 'services', 'usecases', 'i18n', 'cli'):
    layer_dirs['app/' + d] = d
headers = {}
for rel, prefix in layer_dirs.items():
    full = os.path.join(root, rel)
    if not os.path.isdir(full):
        continue
    for name in os.listdir(full):
        if name.endswith('.h'):
            if name in headers:
                sys.exit(f'name-layers: {name} is in two layers ({headers[name]}, {prefix}/{name}): rename one')
            headers[name] = f'{prefix}/{name}'

include_re = re.compile(r'^(\s*#\s*include\s*)"([^"/]+\.h)"', re.M)
emit_re = re.compile(r'(^|[;{})]\s*|\belse\s+)emit(\s+[A-Za-z_])', re.M)
access_re = re.compile(r'^(\s*)(public|private|protected)\s+slots\s*:', re.M)
signals_re = re.compile(r'^(\s*)signals\s*:', re.M)


def fix(text):
    text = include_re.sub(lambda m: m.group(1) + '"' + headers.get(m.group(2), m.group(2)) + '"', text)
    out = []
    for line in text.split('\n'):
        code = line.split('//', 1)[0]
        if 'emit' in code and '"' not in code:
            code2 = emit_re.sub(lambda m: m.group(1) + 'Q_EMIT' + m.group(2), code)
            line = code2 + line[len(code):]
        out.append(line)
    text = '\n'.join(out)
    text = access_re.sub(lambda m: f'{m.group(1)}{m.group(2)} Q_SLOTS:', text)
    text = signals_re.sub(lambda m: f'{m.group(1)}Q_SIGNALS:', text)
    return text


changed = 0
for top in ('models', 'app', 'ui', 'sandbox', 'tests'):
    for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
        rel = os.path.relpath(dirpath, root)
        if rel.startswith(('tests/layers', 'tests/fuzz/corpus')):
            continue
        for name in filenames:
            if not name.endswith(('.cpp', '.h')):
                continue
            path = os.path.join(dirpath, name)
            with open(path, encoding='utf-8') as f:
                text = f.read()
            new = fix(text)
            if new != text:
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(new)
                changed += 1
print(f'name-layers: {changed} files changed')

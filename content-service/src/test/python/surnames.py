# Builds content-service/src/main/resources/screening/surnames.txt from Datafaker 2.4.2's name data and the
# development split's everyday words. Usage: python3 gen_surnames.py <unzipped datafaker jar dir> <corpus dev dir> <out>
import sys, yaml, glob, re, os
src, dev, out = sys.argv[1:4]
LOCALES = ['nl', 'en/name', 'tr', 'pl', 'de', 'fr', 'it', 'es', 'pt', 'id', 'ar']
names = set()
for loc in LOCALES:
    f = os.path.join(src, loc + '.yml')
    if not os.path.exists(f):
        continue
    d = yaml.safe_load(open(f, encoding='utf-8'))
    def walk(o, path=''):
        if isinstance(o, dict):
            for k, v in o.items():
                walk(v, path + '/' + str(k))
        elif isinstance(o, list) and path.endswith('/name/last_name'):
            for x in o:
                if isinstance(x, str):
                    for part in x.split():
                        if part[:1].isupper():
                            names.add(part)
    walk(d)
everyday = set()
for f in glob.glob(os.path.join(dev, '*.txt')):
    for w in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", open(f, encoding='utf-8').read()):
        if w[:1].islower():
            everyday.add(w.lower())
keep = sorted({n for n in names if len(n) >= 4 and re.fullmatch(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", n)
               and n.lower() not in everyday and not n.isupper()}, key=str.lower)
with open(out, 'w', encoding='utf-8') as w:
    w.write("# Surnames, used to recognise a person named by surname alone in the middle of a sentence. One a line.\n")
    w.write("# From Datafaker 2.4.2 (Apache License 2.0, see NAMES-NOTICE.md): the last names of its locales " + ", ".join(LOCALES) + ",\n")
    w.write("# each part of a compound name, less names under four letters and names that are also everyday words (written in\n")
    w.write("# lower case somewhere in the corpus's development split). Made by src/test/python/surnames.py.\n")
    for n in keep:
        w.write(n + '\n')
print(len(names), len(keep))

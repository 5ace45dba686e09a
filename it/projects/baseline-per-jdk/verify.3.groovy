// Step 3, 'mvn allocbudget:baseline': adds this JDK's section beside "99", and leaves "99" as it was.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def report = new File(basedir, 'target/allocbudget/report.json')
def env = report.readLines().find { it.startsWith('  "environment": {') }.replaceFirst(/^  "environment": (\{.*\}),$/, '$1')
def java = Runtime.Version.parse(new groovy.json.JsonSlurper().parse(report).environment.javaVersion).feature() as String
def file = new File(basedir, 'allocbudget-baseline.json')

assert log.contains(
        '[INFO] Baseline: added    demo.PerJdkBudget#array: 48 B/op, 1 obj/op\n' +
        '[INFO] Baseline: added    demo.PerJdkBudget#boxed: 16 B/op, 1 obj/op\n' +
        "[INFO] Baseline: 2 methods recorded for Java ${java} in ${file.absolutePath}\n")
assert !log.contains('Baseline: removed') : 'the entries of "99" are not this JDK\'s to remove'
assert log.contains('BUILD SUCCESS')

def mine = "    \"${java}\": {\n" +
        "      \"environment\": ${env},\n" +
        '      "methods": {\n' +
        '        "demo.PerJdkBudget#array": {"bytesPerOp": 48, "objectsPerOp": 1, "sites": [\n' +
        '          {"bytesPerOp": 48, "objectsPerOp": 1, "type": "int[]", "at": "demo.PerJdkBudget.array(PerJdkBudget.java:15)"}\n' +
        '        ]},\n' +
        '        "demo.PerJdkBudget#boxed": {"bytesPerOp": 16, "objectsPerOp": 1, "sites": [\n' +
        '          {"bytesPerOp": 16, "objectsPerOp": 1, "type": "java.lang.Integer", "at": "demo.PerJdkBudget.boxed(PerJdkBudget.java:10)", "in": "java.lang.Integer.valueOf(Integer.java:N)"}\n' +
        '        ]}\n' +
        '      }\n' +
        '    }'
def before = new File(basedir, 'baseline-java-99-only.json').text
def opening = '  "java": {\n'
def other = before.substring(before.indexOf(opening) + opening.length(), before.lastIndexOf('\n  }\n}\n'))
assert other.startsWith('    "99": {\n') && other.contains('"reason": "Java 99 allocates arrays more compactly"')
def sections = (java as int) < 99 ? [mine, other] : [other, mine]
// the file is now of format 2 (sites); the section of "99" is as it was, line for line
assert file.text.replaceAll(/Integer\.java:\d+/, 'Integer.java:N') == before.replace('"formatVersion": 1,', '"formatVersion": 2,')
        .substring(0, before.indexOf(opening) + opening.length()) + sections.join(',\n') + '\n  }\n}\n'
true

// Step 2, 'mvn allocbudget:baseline': compiles the tests itself, measures bytes and objects of every method and
// writes allocbudget-baseline.json.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def dir = new File(basedir, 'target/allocbudget')
def report = new File(dir, 'report.json')
def env = report.readLines().find { it.startsWith('  "environment": {') }.replaceFirst(/^  "environment": (\{.*\}),$/, '$1')
def java = Runtime.Version.parse(new groovy.json.JsonSlurper().parse(report).environment.javaVersion).feature()
def file = new File(basedir, 'allocbudget-baseline.json')

assert log =~ /\[INFO\] >>> allocbudget-maven-plugin:\S+:baseline \(default-cli\) > test-compile @ baseline-regression-steps >>>/
assert !log.contains(':check ')
assert log =~ /\[INFO\] \[1\/3\] demo\.CodecBudget#checksum  0 B\/op  0 obj\/op  PASS  \d+\.\d s  \(measured again: its objects were not counted before\)\n/
assert log =~ /\[INFO\] \[2\/3\] demo\.CodecBudget#decode  16 B\/op  1 obj\/op  PASS  \d+\.\d s  \(measured again: its objects were not counted before\)\n/
assert log =~ /\[INFO\] \[3\/3\] demo\.CodecBudget#encode  32 B\/op  1 obj\/op  PASS  \d+\.\d s  \(measured again: its objects were not counted before\)\n/
assert log.contains(
        '[INFO] Baseline: added    demo.CodecBudget#checksum: 0 B/op, 0 obj/op\n' +
        '[INFO] Baseline: added    demo.CodecBudget#decode: 16 B/op, 1 obj/op\n' +
        '[INFO] Baseline: added    demo.CodecBudget#encode: 32 B/op, 1 obj/op\n' +
        "[INFO] Baseline: 3 methods recorded for Java ${java} in ${file.absolutePath}\n" +
        '[INFO] Commit allocbudget-baseline.json; where a figure changed, add a "reason" to its entry for the reviewers (rewriting keeps it).\n')
assert log.contains('BUILD SUCCESS')

// sorted, one method per line, under this Java's feature version, with the environment it was measured on; each
// entry's sites one per line below it (the JDK's line in Integer.valueOf differs between JDKs)
def lines = file.readLines()*.replaceAll(/Integer\.java:\d+/, 'Integer.java:N')
assert lines[2] ==~ /  "about": ".*'mvn allocbudget:baseline'.*",/
assert lines - [lines[2]] == [
        '{',
        '  "formatVersion": 2,',
        '  "java": {',
        "    \"${java}\": {".toString(),
        "      \"environment\": ${env},".toString(),
        '      "methods": {',
        '        "demo.CodecBudget#checksum": {"bytesPerOp": 0, "objectsPerOp": 0, "sites": []},',
        '        "demo.CodecBudget#decode": {"bytesPerOp": 16, "objectsPerOp": 1, "sites": [',
        '          {"bytesPerOp": 16, "objectsPerOp": 1, "type": "java.lang.Integer", "at": "demo.Codec.decode(Codec.java:12)", "in": "java.lang.Integer.valueOf(Integer.java:N)"}',
        '        ]},',
        '        "demo.CodecBudget#encode": {"bytesPerOp": 32, "objectsPerOp": 1, "sites": [',
        '          {"bytesPerOp": 32, "objectsPerOp": 1, "type": "int[]", "at": "demo.Codec.encode(Codec.java:8)"}',
        '        ]}',
        '      }',
        '    }',
        '  }',
        '}']
true

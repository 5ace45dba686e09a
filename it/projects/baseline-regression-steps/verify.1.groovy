// Step 1, 'mvn verify' with no baseline file yet: the check passes and compares with nothing.
def log = new File(basedir, 'build.log').text // the first step: the whole log

assert log =~ /\[INFO\] \[1\/3\] demo\.CodecBudget#checksum  0 B\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] \[2\/3\] demo\.CodecBudget#decode  16 B\/op  PASS  \d+\.\d s\n/
assert log =~ /\[INFO\] \[3\/3\] demo\.CodecBudget#encode  32 B\/op  PASS  \d+\.\d s\n/
// no baseline: the summary has no baseline parts, and no line speaks of one
assert log =~ /\[INFO\] allocbudget: 3 methods checked in \d+\.\d s: 3 passed, 0 over budget, 0 errors\n/
assert !(log =~ /(?i)baseline(?!-regression-steps)/)
def pluginOutput = log.substring(log.indexOf('--- allocbudget-maven-plugin:'))
assert !(pluginOutput =~ /\[(WARNING|ERROR)\]/)
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'allocbudget-baseline.json').exists() : 'the check never writes the baseline'
assert !new File(basedir, 'step-summary.md').exists() : 'GITHUB_STEP_SUMMARY is blank in this step'

def dir = new File(basedir, 'target/allocbudget')
def json = new groovy.json.JsonSlurper().parse(new File(dir, 'report.json'))
assert json.containsKey('baseline') && json.baseline == null
assert json.methods*.id == ['demo.CodecBudget#checksum', 'demo.CodecBudget#decode', 'demo.CodecBudget#encode']
assert json.methods*.bytesPerOp == [0, 16, 32]
assert json.methods.every { it.containsKey('baseline') && it.baseline == null }
assert json.methods*.verdict == ['PASS', 'PASS', 'PASS']

def xml = new groovy.xml.XmlSlurper().parse(new File(dir, 'TEST-allocbudget.xml'))
assert xml.@tests == '3' && xml.@failures == '0' && xml.@errors == '0'
assert !xml.properties.property.collect { it.@name.text() }.contains('allocbudget.baseline')
assert xml.testcase.collect { it.'system-out'.text() } == ['0 B/op; budget: 0 B/op', '16 B/op; budget: none',
        '32 B/op; budget: 64 B/op']

def md = new File(dir, 'report.md').text
assert !md.contains(' · baseline ')
assert md.contains('| ✅ pass | `demo.CodecBudget#checksum` | 0 | 0 | – | – | – | – | – | – |\n' +
        '| ✅ pass | `demo.CodecBudget#decode` | 16 | – | – | – | – | – | – | – |\n' +
        '| ✅ pass | `demo.CodecBudget#encode` | 32 | 64 | – | – | – | – | – | – |\n')
true

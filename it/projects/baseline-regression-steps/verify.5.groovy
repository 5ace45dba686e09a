// Step 5, 'mvn verify' on the changed code against the accepted baseline: passes, every method the same.
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
def dir = new File(basedir, 'target/allocbudget')

assert log =~ /\[INFO\] \[3\/3\] demo\.CodecBudget#encode  48 B\/op  2 obj\/op  PASS  0\.0 s  \(unchanged\)\n/
assert log =~ /\[INFO\] allocbudget: 3 methods checked in \d+\.\d s: 3 passed \(0 improved, 0 new\), 0 over budget, 0 regressed, 0 errors\n/
def pluginOutput = log.substring(log.indexOf('--- allocbudget-maven-plugin:'))
assert !(pluginOutput =~ /\[(WARNING|ERROR)\]/)
assert !log.contains('Improved on the baseline') && !log.contains('Not in the baseline yet')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'allocbudget-baseline.json').text == new File(basedir, 'baseline-accepted.json').text

def json = new groovy.json.JsonSlurper().parse(new File(dir, 'report.json'))
assert json.methods*.verdict == ['PASS', 'PASS', 'PASS']
assert json.methods*.baseline*.status == ['SAME', 'SAME', 'SAME']
assert json.methods*.baseline*.bytesPerOp == [0, 16, 48]
assert json.methods*.baseline*.objectsPerOp == [0, 1, 2]
assert json.methods*.baseline*.reason == [null, 'ids above 127 are boxed: one Integer per call', null]
// nothing changed since step 4, which measured every method: no fork
assert json.methods*.reused == [true, true, true]
assert !new File(dir, 'forks').list()?.any { it.endsWith('.events') }

def xml = new groovy.xml.XmlSlurper().parse(new File(dir, 'TEST-allocbudget.xml'))
assert [xml.@tests, xml.@failures, xml.@errors, xml.@skipped]*.text() == ['3', '0', '0', '0']
assert xml.testcase.every { it.failure.size() == 0 && it.error.size() == 0 }
assert xml.testcase.find { it.@name == 'encode' }.'system-out'.text() ==
        '48 B/op, 2 obj/op; budget: 64 B/op; baseline: 48 B/op, 2 obj/op (SAME)'

def md = new File(dir, 'report.md').text
assert md.contains('| ✅ pass | `demo.CodecBudget#encode` | 48 | 64 | 48 | 0 B | 2 | – | 2 | 0 |\n')
assert !md.contains('What failed') && !md.contains('To accept')
def html = new File(dir, 'report.html').text
assert json.methods*.id.every { html.contains(it) }

// the job summary: the earlier step's text, then step 3's report, then this one's; nothing from steps 1, 2 and 4
assert new File(basedir, 'step-summary.md').text ==
        '## Unit tests\n\nAll passed.\n' + new File(basedir, 'report-step-3.md').text + '\n' + md + '\n'
true

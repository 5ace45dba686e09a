// Step 2: with allocbudget.includes (from the command line, a system property of the test JVM) leaving the
// over-budget method out, mvn test passes, and the XML holds the one method measured.
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('BUILD SUCCESS')
def suite = new XmlSlurper().parse(new File(basedir, 'target/surefire-reports/TEST-demo.CodecBudgets.xml'))
assert suite.testcase.size() == 1
def checksum = suite.testcase[0]
assert checksum.@name.text() == 'checksum' && checksum.@classname.text() == 'demo.CodecBudgets'
assert checksum.children().findAll { it.name() in ['failure', 'error', 'skipped'] }.isEmpty()
assert checksum.'system-out'.text().contains('[1/1] demo.CodecBudgets#checksum  0 B/op  0 obj/op  PASS')
true

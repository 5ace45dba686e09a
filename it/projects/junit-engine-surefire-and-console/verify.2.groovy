// Step 2: with allocbudget.includes (from the command line, a system property of the test JVM) leaving the
// over-budget method out, mvn test passes, and the XML holds the one method measured.
import groovy.xml.XmlSlurper

def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
// settings the engine does not read: said once each, in the test JVM's output
assert log.count("allocbudget.jmh is set, but it is a setting of the plugin's goals, which the JUnit engine does" +
        " not read: it changes nothing in these tests.") == 1
assert log.count('allocbudget.sitess is set, but no allocbudget setting has that name, so it changes nothing.' +
        ' Did you mean allocbudget.sites?') == 1
assert !log.contains('allocbudget.includes is set') : 'the engine reads includes'
assert log.contains('BUILD SUCCESS')
def suite = new XmlSlurper().parse(new File(basedir, 'target/surefire-reports/TEST-demo.CodecBudgets.xml'))
assert suite.testcase.size() == 1
def checksum = suite.testcase[0]
assert checksum.@name.text() == 'checksum' && checksum.@classname.text() == 'demo.CodecBudgets'
assert checksum.children().findAll { it.name() in ['failure', 'error', 'skipped'] }.isEmpty()
assert checksum.'system-out'.text().contains('[1/1] demo.CodecBudgets#checksum  0 B/op  0 obj/op  PASS')
true

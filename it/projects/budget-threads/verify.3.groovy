// Step 3, the JUnit engine under Surefire: the method on four threads, exactly 0 as in the check.
import groovy.xml.XmlSlurper

def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:'))
def suite = new XmlSlurper().parse(new File(basedir, 'target/surefire-reports/TEST-demo.Contention.xml'))
assert suite.testcase.size() == 1
def counter = suite.testcase[0]
assert counter.@name.text() == 'sharedCounter'
assert counter.children().findAll { it.name() in ['failure', 'error', 'skipped'] }.isEmpty()
assert counter.'system-out'.text() =~ /\[1\/1\] demo\.Contention#sharedCounter  0 B\/op  PASS  \d+\.\d s  \(4 threads\)/
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
true

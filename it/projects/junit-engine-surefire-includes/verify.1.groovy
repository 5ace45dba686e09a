// Step 1, 'mvn test' with Surefire's default includes: the unit tests pass, and the engine fails the run once,
// under demo.HotBudget, naming it and the includes that would run it. No budget method was measured.
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 1, Skipped: 0')
assert !log.contains('B/op')

def suite = new XmlSlurper().parse(new File(basedir, 'target/surefire-reports/TEST-demo.HotBudget.xml'))
assert suite.testcase.size() == 1
def testcase = suite.testcase[0]
assert testcase.@name.text() == 'budget methods' && testcase.@classname.text() == 'demo.HotBudget'
def message = testcase.error.@message.text()
assert message.startsWith('allocbudget: Surefire did not hand these budget classes to the engine, as its includes'
        + ' do not match their names, so their budget methods were not measured: demo.HotBudget. ')
assert message.contains("Add to maven-surefire-plugin's <configuration>: <includes><include>**/Test*.java</include>"
        + '<include>**/*Test.java</include><include>**/*Tests.java</include><include>**/*TestCase.java</include>'
        + '<include>**/*Budget.java</include></includes>')
['CodecTest', 'ParserTest'].each {
    def unit = new XmlSlurper().parse(new File(basedir, "target/surefire-reports/TEST-demo.${it}.xml"))
    assert unit.@tests.text() == '1' && unit.@errors.text() == '0' && unit.@failures.text() == '0'
}
true

import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 1, Skipped: 0')
def reports = new File(basedir, 'target/surefire-reports').listFiles().findAll { it.name.endsWith('.xml') }
assert reports.size() == 1
def testcase = new XmlSlurper().parse(reports[0]).testcase
assert testcase.size() == 1
assert testcase.@name.text() == 'budget methods'
assert testcase.@classname.text() == 'demo.ParserBudgets'
def message = testcase.error.@message.text()
assert message.startsWith('allocbudget cannot measure: dev.allocbudget:allocbudget-runner is not on the test class path')
assert message.contains('declare allocbudget-junit in test scope without excluding its dependencies')
true

import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// the job summary is as step 1 left it
assert new File(basedir, 'job-summary.md').text == new File(basedir, 'summary-after-step-1.txt').text
def xml = new File(basedir, 'target/surefire-reports/TEST-allocbudget.xml')
assert xml.isFile()
def suite = new XmlSlurper().parse(xml)
assert suite.testcase*.@name*.text() as Set == ['box', 'unbox'] as Set
true

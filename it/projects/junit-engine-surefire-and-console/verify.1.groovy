// Step 1: mvn test with only the engine failed on the over-budget method. Then the same project under the JUnit
// console launcher, a launcher that is not Maven, with the class path Maven resolved.
import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 1, Errors: 0, Skipped: 0')

// Surefire's XML, where every CI looks: one test case per budget method, the figure, the message and the sites
def suite = new XmlSlurper().parse(new File(basedir, 'target/surefire-reports/TEST-demo.CodecBudgets.xml'))
def cases = suite.testcase.collectEntries { [(it.@name.text()): it] }
assert cases.keySet() == ['boxed', 'checksum'] as Set
cases.values().each { assert it.@classname.text() == 'demo.CodecBudgets' }
def failure = cases.boxed.failure
assert failure.size() == 1 && cases.boxed.error.size() == 0
assert failure.@message.text().startsWith('demo.CodecBudgets#boxed: bytes/op is 16, but budget is 8\n')
assert failure.@message.text().contains('allocation sites (per call, steady state):')
assert failure.@message.text().contains('java.lang.Integer  at demo.Codec.boxed(Codec.java:17)')
assert cases.boxed.'system-out'.text().contains('demo.CodecBudgets#boxed  16 B/op  1 obj/op  FAIL')
assert cases.checksum.children().findAll { it.name() in ['failure', 'error', 'skipped'] }.isEmpty()
assert cases.checksum.'system-out'.text().contains('demo.CodecBudgets#checksum  0 B/op  0 obj/op  PASS')

// The console launcher: the test class path is target/test-classes, target/classes and the dependencies
def classpath = [new File(basedir, 'target/test-classes'), new File(basedir, 'target/classes')]*.path
classpath += new File(basedir, 'target/launcher/classpath.txt').text.trim()
def java = new File(System.getProperty('java.home'), 'bin/java').path

def launch(String java, List<String> classpath, String reports, List<String> more, String jar = 'console-launcher.jar') {
    def command = [java, '-jar', new File(basedir, 'target/launcher/' + jar).path, 'execute',
                   '--disable-banner', '--fail-if-no-tests', '--class-path', classpath.join(File.pathSeparator),
                   '--select-class', 'demo.CodecBudgets', '--reports-dir', new File(basedir, reports).path] + more
    def process = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def output = process.inputStream.text
    int exit = process.waitFor()
    new File(basedir, reports + '.log').text = output
    println output
    [exit, new XmlSlurper().parse(new File(basedir, reports + '/TEST-allocbudget.xml'))]
}

def (failed, failedXml) = launch(java, classpath, 'target/console-failing', [])
assert failed == 1 // JUnit's exit code for failed tests
def consoleCases = failedXml.testcase.collectEntries { [(it.@name.text()): it] }
assert consoleCases.keySet() == ['boxed', 'checksum'] as Set
assert consoleCases.boxed.failure.@message.text().startsWith('demo.CodecBudgets#boxed: bytes/op is 16, but budget is 8')
assert consoleCases.boxed.'system-out'.text().contains('- bytesPerOp: 16')
assert consoleCases.checksum.failure.size() == 0
assert consoleCases.checksum.'system-out'.text().contains('- bytesPerOp: 0')

// JUnit 6's console launcher: the same verdicts
def (failed6, failedXml6) = launch(java, classpath, 'target/console-6', [], 'console-launcher-6.jar')
assert failed6 == 1
assert failedXml6.testcase.collectEntries { [(it.@name.text()): it.failure.size()] } == [boxed: 1, checksum: 0]

def (passed, passedXml) = launch(java, classpath, 'target/console-passing', ['--config',
        'allocbudget.includes=*#checksum'])
assert passed == 0
assert passedXml.testcase.size() == 1 && passedXml.testcase[0].@name.text() == 'checksum'
assert passedXml.testcase[0].children().findAll { it.name() in ['failure', 'error', 'skipped'] }.isEmpty()
true

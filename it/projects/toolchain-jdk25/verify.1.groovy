import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] The forks run on /usr/lib/jvm/temurin-25-jdk-amd64/bin/java (the JDK toolchain that'
        + ' matches jdkToolchain {version=25}).')
assert log.contains('Measuring allocation of 1 method on Java 25')
def report = new JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
assert report.environment.javaVersion.startsWith('25')
assert report.methods*.verdict == ['PASS']
true

import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] The forks run on /usr/lib/jvm/temurin-25-jdk-amd64/bin/java (the build\'s JDK toolchain,'
        + ' from maven-toolchains-plugin).')
def report = new JsonSlurper().parse(new File(basedir, 'target/allocbudget/report.json'))
assert report.environment.javaVersion.startsWith('25')
true

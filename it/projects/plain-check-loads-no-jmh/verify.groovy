// A check without JMH mode neither puts JMH on the plugin's class path nor resolves it: JMH and the plugin's JMH
// driver are resolved only when JMH mode runs (the jmh goal, -Dallocbudget.jmh=true or the time gate).
def log = new File(basedir, 'build.log').text
def jmhJars = ['allocbudget-jmh', 'org.openjdk.jmh', 'jmh-core', 'jmh-generator-annprocess', 'jopt-simple',
               'commons-math3']

def realmStart = log.indexOf('Populating class realm plugin>dev.allocbudget:allocbudget-maven-plugin')
assert realmStart >= 0 : 'Maven -X lists the class realm of the plugin'
def realm = log.substring(realmStart).readLines().drop(1).takeWhile { it.contains('Included: ') }
assert realm.any { it.contains('dev.allocbudget:allocbudget-core:jar:') } : realm.join('\n')
assert realm.any { it.contains('dev.allocbudget:allocbudget-runner:jar:') } : realm.join('\n')
jmhJars.each { jar -> assert !realm.any { it.contains(jar) } : "$jar is on the plugin's class path:\n" + realm.join('\n') }
// nothing else in the build mentions JMH either: no resolution, no download, no JMH fork
['allocbudget-jmh', 'org.openjdk.jmh'].each { assert !log.contains(it) : "the build log mentions $it" }
assert !log.contains('JMH for the forks')

assert log =~ /\[INFO\] allocbudget: 3 methods checked in \d+\.\d s: 3 passed, 0 over budget, 0 errors/
assert log.contains('BUILD SUCCESS')
true

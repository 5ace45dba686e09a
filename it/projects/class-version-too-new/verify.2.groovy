def log = new File(basedir, 'build.log').text
def java = Runtime.version().feature()
assert log.contains("[ERROR]   demo.CodecBudget#*: the class is compiled for Java 25 (class file version 69), and the"
        + " forks run on Java ${java} (")
assert log.contains('Run the forks on Java 25 or later: a <jdkToolchain><version>25</version></jdkToolchain> in the'
        + ' plugin\'s configuration, or -Dallocbudget.jvm=<a JDK 25+>/bin/java')
assert log.contains('could not load test class demo.PlainTest (java.lang.UnsupportedClassVersionError')
assert log.contains('it has no budget methods')
assert !log.contains('nothing to check')
assert log.contains('BUILD FAILURE')
true

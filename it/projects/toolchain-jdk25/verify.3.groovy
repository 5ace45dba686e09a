def log = new File(basedir, 'build.log').text
assert log.contains('allocbudget: no JDK toolchain matches jdkToolchain {version=25} among the build\'s toolchains')
assert log.contains('name a java executable with -Dallocbudget.jvm.')
true

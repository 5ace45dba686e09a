// Step 1: nothing compiled
def log = new File(basedir, 'build.log').text
def testClasses = new File(basedir, 'target/test-classes').canonicalPath

assert log.contains('--- allocbudget-maven-plugin:') // the check itself ran, nothing before it
assert !log.contains('maven-compiler-plugin')
def message = "allocbudget: the test classes are not compiled (${testClasses} does not exist)." +
        " Run 'mvn test-compile' first, or run the check as part of 'mvn verify'."
assert log.contains("[ERROR] Failed to execute goal dev.allocbudget:allocbudget-maven-plugin:")
assert log.contains(":check (default-cli) on project not-compiled-fails: ${message} -> [Help 1]")
assert log.contains("org.apache.maven.plugin.MojoExecutionException: ${message}")
// not mistaken for a module without tests, and nothing measured or written
assert !log.contains('No test classes in this module')
assert !log.contains('Measuring allocation')
assert !new File(basedir, 'target/allocbudget').exists()
true

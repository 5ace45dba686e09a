// Step 3: the goal alone, on classes older than their sources: stopped before anything is measured
def whole = new File(basedir, 'build.log').text
def log = whole.substring(whole.lastIndexOf('Finished post-build script:')) // this step's part of the log

def message = "allocbudget: src/main/java/demo/Ids.java changed after it was compiled, so the check would measure" +
        " the code of before the change. Run 'mvn test-compile allocbudget:check', or run the check as part of" +
        " 'mvn verify'."
assert log.contains("org.apache.maven.plugin.MojoExecutionException: ${message}")
assert !log.contains('Measuring allocation')
assert !new File(basedir, 'target/allocbudget').exists()
true

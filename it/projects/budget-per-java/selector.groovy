// This IT needs a Temurin 25 for its second step, installed beside the default JDK (as on the project's
// development and CI machines); the invoker lists it as skipped where there is none.
new File('/usr/lib/jvm/temurin-25-jdk-amd64/bin/java').canExecute()

// Before step 1: another JMH run on this machine holds JMH's lock file. LockHolder.java (a separate JVM, as that run
// would be) takes the lock and keeps it until the check's first JMH run says it is waiting, at most 60 s.
def log = new File(basedir, 'lock-holder.log')
def java = new File(System.getProperty('java.home'), 'bin/java').absolutePath
def holder = new ProcessBuilder(java, 'LockHolder.java', new File(basedir, 'alpha/target/allocbudget/forks').absolutePath,
        log.absolutePath, '60')
        .directory(basedir)
        .redirectErrorStream(true)
        .redirectOutput(new File(basedir, 'lock-holder.out'))
        .start()
new File(basedir, 'lock-holder.pid').text = holder.pid() as String
long deadline = System.currentTimeMillis() + 60_000
while (!(log.exists() && log.text.startsWith('locked ')) && holder.alive && System.currentTimeMillis() < deadline) {
    sleep 50
}
assert log.exists() && log.text.startsWith('locked ') :
        "the lock holder did not take the lock: ${new File(basedir, 'lock-holder.out').text}"
true

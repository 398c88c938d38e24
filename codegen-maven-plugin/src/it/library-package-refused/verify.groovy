def log = new File(basedir, 'build.log').text
assert log.contains('smtp-status: parameter packageName: "io.github.smtpstatus" is the package of the smtp-status library'
    + ' (io.github.smtpstatus:status-codes-api): types generated there would replace the library\'s own on the class path'
    + ' (and under JPMS the build fails with "package exists in another module"). To use the bundled registry, depend on'
    + ' io.github.smtpstatus:status-codes-api instead of generating; to generate your own registry, choose a package of'
    + ' your own, such as it.smtpstatus.smtpstatus')
assert !new File(basedir, 'target/generated-sources/smtp-status').exists() : 'nothing may be written on failure'
return true

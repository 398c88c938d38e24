def log = new File(basedir, 'build.log').text
assert log.contains('smtp-status: generation skipped (smtp-status.skip=true)')
assert new File(basedir, 'target/classes/example/UsesGenerated.class').isFile() : 'compiled against the skipped root'
assert new File(basedir, 'target/classes/it/smtpstatus/codes/EnhancedStatusCode.class').isFile()
return true

def log = new File(basedir, 'build.log').text
assert log.contains('bad-codes.csv:4: column "Code": "X.01.1" is not a valid enumerated code (leading zero in subject)')
assert !new File(basedir, 'target/generated-sources/smtp-status').exists() : 'nothing may be written on failure'
return true

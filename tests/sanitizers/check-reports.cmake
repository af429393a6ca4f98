# The asan preset's last test: prints every report that a sanitizer wrote during the run, from any
# process (the test executables, kmconsole, kmsandbox), and fails if there was one. The reports go
# to files (ASAN_OPTIONS log_path) because no test reads kmsandbox's standard error.
# Usage: cmake -DREPORTS=<binary dir>/sanitizer-report -P check-reports.cmake
file(GLOB reports "${REPORTS}.*")
if(NOT reports)
    message("no sanitizer report (${REPORTS}.*)")
    return()
endif()
list(LENGTH reports count)
foreach(report IN LISTS reports)
    file(READ "${report}" text)
    message("==== ${report}\n${text}")
    file(REMOVE "${report}") # printed: the next run starts clean (this output stays in Testing/Temporary/LastTest.log)
endforeach()
message(FATAL_ERROR "${count} sanitizer report(s) above: see docs/sanitizers.md")

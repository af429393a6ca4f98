# The layers are enforced by the build: the fixture builds as it is, and fails once its api layer
# includes a header of the services layer above it (the include itself compiles: only the check
# can stop it), and once a file includes a project header without naming its layer.
#   cmake -DSOURCE=<project source> -DWORK=<scratch dir> -P run-fixture.cmake
file(REMOVE_RECURSE ${WORK})
file(COPY ${SOURCE}/tests/layers/fixture/ DESTINATION ${WORK}/src)
function(build expect_ok expected)
    execute_process(COMMAND ${CMAKE_COMMAND} -S ${WORK}/src -B ${WORK}/build -DKMCONSOLE_SOURCE_DIR=${SOURCE}
                    RESULT_VARIABLE configured OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT configured EQUAL 0)
        message(FATAL_ERROR "the fixture did not configure:\n${out}")
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK}/build RESULT_VARIABLE built OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(expect_ok AND NOT built EQUAL 0)
        message(FATAL_ERROR "the clean fixture did not build:\n${out}")
    endif()
    if(NOT expect_ok)
        if(built EQUAL 0)
            message(FATAL_ERROR "a wrong-way include built:\n${out}")
        endif()
        if(NOT out MATCHES "${expected}")
            message(FATAL_ERROR "the build failed, but not on the wrong-way include:\n${out}")
        endif()
    endif()
endfunction()
build(ON "")
file(APPEND ${WORK}/src/app/api/Client.h "#include \"services/Service.h\"\n")
build(OFF "app/api/Client.h: #include \"services/Service.h\" \\(api may not include services\\)")
message(STATUS "the wrong-way include failed the build, as it should")
# An include that names no layer fails it too.
file(COPY ${SOURCE}/tests/layers/fixture/app/api/Client.h DESTINATION ${WORK}/src/app/api)
file(APPEND ${WORK}/src/app/api/Client.cpp "#include \"Client.h\"\n")
build(OFF "app/api/Client.cpp: #include \"Client.h\" \\(an include names its layer")
message(STATUS "the bare include failed the build, as it should")

# kmconsole_layer_check(ROOT): a target, kmconsole_layers, that runs cmake/CheckLayers.cmake over
# ROOT's models/, app/ and ui/ whenever one of their files changes, and fails the build on a
# wrong-way include. Every library and executable of ours depends on it.
function(kmconsole_layer_check root)
    file(GLOB_RECURSE layered CONFIGURE_DEPENDS ${root}/models/*.h ${root}/models/*.cpp ${root}/app/*.h ${root}/app/*.cpp
         ${root}/ui/*.h ${root}/ui/*.cpp)
    set(stamp ${CMAKE_BINARY_DIR}/layers.stamp)
    add_custom_command(OUTPUT ${stamp}
        COMMAND ${CMAKE_COMMAND} -DROOT=${root} -DSTAMP=${stamp} -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/CheckLayers.cmake
        DEPENDS ${layered} ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/CheckLayers.cmake
        COMMENT "Checking that every include goes down the layers"
        VERBATIM)
    add_custom_target(kmconsole_layers DEPENDS ${stamp})
endfunction()

# The Windows installation (scripts/windows.sh): one folder with kmconsole.exe (the window),
# kmconsole.com (the command line), kmsandbox.exe where the build has QtHttpServer, the Qt runtime
# they load and nothing else, Qt's own German and French strings, and a qt.conf that tells Qt
# where its plugins and translations are. CPack makes of it kmconsole-VERSION-win64-setup.exe
# (NSIS: a Start menu entry with the icon, an uninstaller) and kmconsole-VERSION-win64.zip.
set(qt_prefix "${KMCONSOLE_WINDOWS_PREFIX}")
set(qt_bin "${qt_prefix}/bin")
set(qt_plugins "${qt_prefix}/plugins")

set(runtime Qt6Core Qt6Gui Qt6Widgets Qt6Network)
set(plugins platforms/qwindows styles/qwindowsvistastyle tls/qschannelbackend)
if(TARGET Qt6::Svg)
    list(APPEND runtime Qt6Svg)
    list(APPEND plugins iconengines/qsvgicon imageformats/qsvg)
endif()
if(TARGET kmsandbox)
    list(APPEND runtime Qt6Sql Qt6HttpServer Qt6WebSockets Qt6Concurrent)
    list(APPEND plugins sqldrivers/qsqlite)
endif()
if(TARGET Qt6Keychain::Qt6Keychain)
    install(FILES "${qt_bin}/libqt6keychain.dll" DESTINATION .)
endif()
foreach(dll ${runtime})
    install(FILES "${qt_bin}/${dll}.dll" DESTINATION .)
endforeach()
foreach(plugin ${plugins})
    get_filename_component(folder ${plugin} DIRECTORY)
    install(FILES "${qt_plugins}/${plugin}.dll" DESTINATION plugins/${folder})
endforeach()
install(FILES "${qt_prefix}/translations/qtbase_de.qm" "${qt_prefix}/translations/qtbase_fr.qm" DESTINATION translations)
# (Written beside the build's executables it would send the tests to plugins that are not there.)
file(WRITE "${PROJECT_BINARY_DIR}/install/qt.conf" "[Paths]\nPrefix = .\nPlugins = plugins\nTranslations = translations\n")
install(FILES "${PROJECT_BINARY_DIR}/install/qt.conf" DESTINATION .)

# The GCC runtime the MinGW-w64 (posix threads) build links against.
execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libstdc++-6.dll OUTPUT_VARIABLE libstdcxx OUTPUT_STRIP_TRAILING_WHITESPACE)
execute_process(COMMAND ${CMAKE_CXX_COMPILER} -print-file-name=libgcc_s_seh-1.dll OUTPUT_VARIABLE libgcc OUTPUT_STRIP_TRAILING_WHITESPACE)
find_file(KMCONSOLE_WINPTHREAD libwinpthread-1.dll PATHS /usr/x86_64-w64-mingw32/lib NO_DEFAULT_PATH REQUIRED)
install(FILES "${libstdcxx}" "${libgcc}" "${KMCONSOLE_WINPTHREAD}" DESTINATION .)

set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_PACKAGE_INSTALL_DIRECTORY kmconsole)
set(CPACK_PACKAGE_EXECUTABLES kmconsole kmconsole) # the Start menu entry, with the executable's icon
set(CPACK_NSIS_DISPLAY_NAME kmconsole)
set(CPACK_NSIS_PACKAGE_NAME kmconsole)
set(CPACK_NSIS_MUI_ICON "${KMCONSOLE_ICO}")
set(CPACK_NSIS_MUI_UNIICON "${KMCONSOLE_ICO}")
set(CPACK_NSIS_INSTALLED_ICON_NAME kmconsole.exe)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY .) # the Start menu entry points at the folder itself, not bin/
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH ON) # kmconsole in cmd.exe and PowerShell, if the user asks for it
set(CPACK_NSIS_URL_INFO_ABOUT "https://kmconsole.invalid")
set(CPACK_STRIP_FILES ON)
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
# kmconsole-VERSION-win64-setup.exe and kmconsole-VERSION-win64.zip: one name per generator.
set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_BINARY_DIR}/CPackWindows.cmake")
file(WRITE "${PROJECT_BINARY_DIR}/CPackWindows.cmake" "
if(CPACK_GENERATOR STREQUAL \"NSIS\")
    set(CPACK_PACKAGE_FILE_NAME \"kmconsole-${PROJECT_VERSION}-win64-setup\")
else()
    set(CPACK_PACKAGE_FILE_NAME \"kmconsole-${PROJECT_VERSION}-win64\")
endif()
")

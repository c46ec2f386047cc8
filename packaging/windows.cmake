# Windows: the executable's icon, version and manifest; a console twin for the command line; the
# libraries, plugins and translations gathered beside it at install time; the NSIS installer with
# a Start menu shortcut and the .akc/.akb file associations. Included by CMakeLists.txt here on
# WIN32; README.md here has the build recipe. Nothing of it runs on Linux.

set(_windows_dir ${CMAKE_CURRENT_LIST_DIR}/windows)

# A console twin. akimcontest.exe is a GUI program, so that a secretary who opens it from the
# Start menu or a file gets no console window; but Windows does not wait for a GUI program typed
# in cmd.exe, nor give it that console. akimcontest.com is the same program built as a console
# program: cmd.exe and PowerShell try .com before .exe (PATHEXT), so "akimcontest demo x.akc"
# typed in the install folder runs it and prints there, as the command line contract says.
file(GLOB _cli_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/cli/*.cpp ${PROJECT_SOURCE_DIR}/app/cli/*.h)
qt_add_executable(akimcontest_console ${PROJECT_SOURCE_DIR}/app/main.cpp ${_cli_sources})
target_include_directories(akimcontest_console PRIVATE ${PROJECT_SOURCE_DIR}/app)
target_link_libraries(akimcontest_console PRIVATE
    akim_ui akim_models akim_translations akim_common_cfg)
set_target_properties(akimcontest_console PROPERTIES OUTPUT_NAME akimcontest SUFFIX .com)

# Icon, version information and manifest (windows/akimcontest.manifest says what it is for) of
# both. MSVC merges a listed .manifest into the one its linker writes; MinGW's windres takes it
# as a resource.
foreach(_target akimcontest akimcontest_console)
    get_target_property(_suffix ${_target} SUFFIX)
    if(NOT _suffix)
        set(_suffix .exe)
    endif()
    set(AKIM_RC_SUFFIX ${_suffix})
    set(AKIM_RC_ICON ${_windows_dir}/akimcontest.ico)
    if(MSVC)
        set(AKIM_RC_MANIFEST "")
        target_sources(${_target} PRIVATE ${_windows_dir}/akimcontest.manifest)
    else()
        set(AKIM_RC_MANIFEST "1 24 \"${_windows_dir}/akimcontest.manifest\"")
    endif()
    configure_file(${_windows_dir}/akimcontest.rc.in ${CMAKE_CURRENT_BINARY_DIR}/${_target}.rc
                   @ONLY)
    target_sources(${_target} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/${_target}.rc)
endforeach()

install(TARGETS akimcontest_console RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The Microsoft C++ runtime beside the program (MinGW's comes with the other libraries below).
if(MSVC)
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()

# Qt's own strings in Russian (Debian ships no qtbase_kk; the program names its buttons itself
# in Kazakh). windeployqt would merge them into qt_ru.qm, but the program loads qtbase_<lang>.
set(_qt_translations "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}")
install(FILES ${_qt_translations}/qtbase_ru.qm
        DESTINATION ${CMAKE_INSTALL_BINDIR}/translations OPTIONAL)
install(FILES ${_windows_dir}/qt.conf DESTINATION ${CMAKE_INSTALL_BINDIR})

# windeployqt copies the Qt libraries and the plugins they load (platforms, sqldrivers, styles,
# printsupport, imageformats); the install script then copies every other library the program
# and those plugins need from the folders below.
find_program(AKIM_WINDEPLOYQT NAMES windeployqt windeployqt6 windeployqt-qt6
             HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${QT6_INSTALL_PREFIX}/bin"
                   "${QT6_INSTALL_PREFIX}/tools/Qt6/bin"
             DOC "Qt's windeployqt, run at install time")
if(NOT AKIM_WINDEPLOYQT)
    message(WARNING "windeployqt not found: the installer would lack the Qt libraries. "
                    "Set AKIM_WINDEPLOYQT to its path.")
endif()
set(_dll_dirs "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${QT6_INSTALL_PREFIX}/bin")
foreach(_prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND _dll_dirs "${_prefix}/bin")
endforeach()
get_filename_component(_compiler_dir "${CMAKE_CXX_COMPILER}" DIRECTORY)
list(APPEND _dll_dirs "${_compiler_dir}")
list(REMOVE_DUPLICATES _dll_dirs)
set(AKIM_DLL_DIRS "")
foreach(_dir IN LISTS _dll_dirs)
    string(APPEND AKIM_DLL_DIRS " [==[${_dir}]==]")
endforeach()
# The tool that reads a DLL's imports: MSVC's dumpbin, or MinGW's objdump.
if(MSVC)
    set(AKIM_DEPS_TOOL dumpbin)
    get_filename_component(_linker_dir "${CMAKE_LINKER}" DIRECTORY)
    find_program(AKIM_DEPS_COMMAND dumpbin HINTS "${_linker_dir}")
else()
    set(AKIM_DEPS_TOOL objdump)
    set(AKIM_DEPS_COMMAND "${CMAKE_OBJDUMP}")
endif()
set(AKIM_QT_PLUGINS_DIR "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_PLUGINS}")
set(AKIM_INSTALL_BINDIR ${CMAKE_INSTALL_BINDIR})
configure_file(${_windows_dir}/deploy.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/deploy.cmake @ONLY)
install(SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/deploy.cmake)

# The NSIS installer: Start menu and desktop shortcuts, the file types, an uninstaller.
set(CPACK_GENERATOR NSIS)
set(CPACK_PACKAGE_EXECUTABLES akimcontest "Akim Contest")
set(CPACK_CREATE_DESKTOP_LINKS akimcontest)
set(CPACK_NSIS_DISPLAY_NAME "Akim Contest")
set(CPACK_NSIS_PACKAGE_NAME "Akim Contest ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${_windows_dir}/akimcontest.ico)
set(CPACK_NSIS_MUI_UNIICON ${_windows_dir}/akimcontest.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\akimcontest.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN akimcontest.exe)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "dev@akimcontest.kz")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# The installer runs elevated (CPack's template asks for it), so SHCTX is HKEY_LOCAL_MACHINE:
# the types are known to every user of the PC. 0x08000000 is SHCNE_ASSOCCHANGED: Explorer shows
# the new icons without a restart.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  WriteRegStr SHCTX "Software\Classes\.akc" "" "AkimContest.Contest"
  WriteRegStr SHCTX "Software\Classes\.akc" "Content Type" "application/x-akimcontest"
  WriteRegStr SHCTX "Software\Classes\AkimContest.Contest" "" "Akim Contest file"
  WriteRegStr SHCTX "Software\Classes\AkimContest.Contest\DefaultIcon" "" "$INSTDIR\bin\akimcontest.exe,0"
  WriteRegStr SHCTX "Software\Classes\AkimContest.Contest\shell\open\command" "" '"$INSTDIR\bin\akimcontest.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\.akb" "" "AkimContest.BallotPackage"
  WriteRegStr SHCTX "Software\Classes\.akb" "Content Type" "application/x-akimcontest-ballot"
  WriteRegStr SHCTX "Software\Classes\AkimContest.BallotPackage" "" "Akim Contest ballot package"
  WriteRegStr SHCTX "Software\Classes\AkimContest.BallotPackage\DefaultIcon" "" "$INSTDIR\bin\akimcontest.exe,0"
  WriteRegStr SHCTX "Software\Classes\AkimContest.BallotPackage\shell\open\command" "" '"$INSTDIR\bin\akimcontest.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
# The extensions are removed only while they still name our types.
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  ReadRegStr $0 SHCTX "Software\Classes\.akc" ""
  StrCmp $0 "AkimContest.Contest" 0 +2
    DeleteRegKey SHCTX "Software\Classes\.akc"
  ReadRegStr $0 SHCTX "Software\Classes\.akb" ""
  StrCmp $0 "AkimContest.BallotPackage" 0 +2
    DeleteRegKey SHCTX "Software\Classes\.akb"
  DeleteRegKey SHCTX "Software\Classes\AkimContest.Contest"
  DeleteRegKey SHCTX "Software\Classes\AkimContest.BallotPackage"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])

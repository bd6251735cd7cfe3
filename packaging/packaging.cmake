# packaging/: what `cmake --install` puts in place, and the Debian package CPack makes of it
# (docs/PACKAGING.md). Included by the top-level CMakeLists.txt once the programs exist.
# Version: project(VERSION) there; the programs' --version and the package both print it.

include(GNUInstallDirs)
set(_wsc_pkg_dir ${CMAKE_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${_wsc_pkg_dir})

# --- the programs, the desktop entry and its icons -----------------------------------------
install(TARGETS wsconsole wsctl wsemu
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)
# Named after the AppStream id, as the metainfo's <launchable> and Wayland's app_id expect.
install(FILES ${PROJECT_SOURCE_DIR}/resources/wsconsole.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
    RENAME ${WSC_APP_ID}.desktop)
foreach(_size 16 24 32 48 64 128 256)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/wsconsole-${_size}.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps
        RENAME wsconsole.png)
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/wsconsole.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

# --- AppStream metainfo -------------------------------------------------------------------
# Screenshots must be web URLs: those of docs/screenshots at this version's tag.
set(WSC_SCREENSHOTS_URL "${PROJECT_HOMEPAGE_URL}/raw/v${PROJECT_VERSION}/docs/screenshots")
set(WSC_METAINFO ${_wsc_pkg_dir}/${WSC_APP_ID}.metainfo.xml)
configure_file(${CMAKE_CURRENT_LIST_DIR}/metainfo.xml.in ${WSC_METAINFO} @ONLY)
install(FILES ${WSC_METAINFO} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# --- man pages and bash completion, generated from the programs' own help -----------------
# They run the freshly built programs, so they never drift from what the programs say.
find_program(WSC_HELP2MAN help2man)
find_program(WSC_GZIP gzip)
find_program(WSC_BASH bash)
if(WSC_HELP2MAN AND WSC_GZIP AND WSC_BASH)
    set(_wsc_manpages)
    foreach(_entry
            "wsconsole|desktop console that provisions Huawei Cloud Workspace desktops|"
            "wsctl|command-line companion of Workspace Console|--wsctl-commands"
            "wsemu|local emulator of the Huawei Cloud Workspace and IAM APIs|")
        string(REPLACE "|" ";" _entry "${_entry}")
        list(GET _entry 0 _program)
        list(GET _entry 1 _name)
        list(LENGTH _entry _n)
        set(_extra)
        if(_n GREATER 2)
            list(GET _entry 2 _extra)
        endif()
        set(_page ${_wsc_pkg_dir}/${_program}.1)
        add_custom_command(OUTPUT ${_page}.gz
            COMMAND ${WSC_BASH} ${CMAKE_CURRENT_LIST_DIR}/manpage.sh
                    $<TARGET_FILE:${_program}> ${_page} "${_name}" ${_extra}
            # -n: no name or time stamp inside, so that the same page gives the same bytes.
            COMMAND ${WSC_GZIP} -9nf ${_page}
            DEPENDS ${_program} ${CMAKE_CURRENT_LIST_DIR}/manpage.sh
                    ${CMAKE_CURRENT_LIST_DIR}/wsctl-help.sh
            COMMENT "Writing the man page ${_program}.1 from ${_program} --help"
            VERBATIM)
        list(APPEND _wsc_manpages ${_page}.gz)
    endforeach()
    set(_wsc_completion ${_wsc_pkg_dir}/wsctl.bash-completion)
    add_custom_command(OUTPUT ${_wsc_completion}
        COMMAND ${WSC_BASH} ${CMAKE_CURRENT_LIST_DIR}/wsctl-completion.sh
                $<TARGET_FILE:wsctl> ${_wsc_completion}
        DEPENDS wsctl ${CMAKE_CURRENT_LIST_DIR}/wsctl-completion.sh
                ${CMAKE_CURRENT_LIST_DIR}/wsctl-help.sh
        COMMENT "Writing wsctl's bash completion from wsctl --help"
        VERBATIM)
    add_custom_target(wsc_docs ALL DEPENDS ${_wsc_manpages} ${_wsc_completion})
    install(FILES ${_wsc_manpages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${_wsc_completion}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME wsctl)
else()
    message(WARNING "help2man, gzip or bash not found: no man pages or bash completion will be "
                    "built or installed (scripts/deps.sh installs them).")
endif()

# --- the Debian package: `cpack -G DEB` in the build folder ---------------------------------
set(CPACK_PACKAGE_NAME workspace-console)
set(CPACK_PACKAGE_VENDOR "Workspace Console")
set(CPACK_PACKAGE_CONTACT "Workspace Console maintainers <maintainers@workspace-console.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# One string (adjacent quoted arguments would make a list, joined with ";").
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Workspace Console creates Huawei Cloud Workspace desktops (cloud PCs) and assigns them to "
    "users: a create wizard checked live against the CreateDesktop API, batch assignment, CSV "
    "user import and a jobs panel that follows every job across restarts, in English and "
    "Chinese. It comes with wsctl, a command-line companion for scripts, and wsemu, a local "
    "emulator of the Workspace and IAM APIs (the console's Sandbox).")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
# Debian installs stripped programs; the debug information stays in the build folder.
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION admin)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# dpkg-shlibdeps reads the programs' libraries (Qt, QtKeychain, libc...) into Depends.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so invisible to dpkg-shlibdeps: the SQLite driver of the job journal.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Qt's own Chinese texts (dialog buttons) and the Wayland platform plugin.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "bash-completion")
# Source packages are not made here (the repository is the source).
set(CPACK_SOURCE_GENERATOR "")
include(CPack)

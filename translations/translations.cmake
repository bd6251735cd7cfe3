# The translation pipeline: one .ts per language for every layer's sources.
#
# lupdate only scans the SOURCES it is given (qt-style.md §2), so collect the
# sources of every layer here, as absolute paths. The .qm files are embedded
# as resources under :/i18n/ in the target passed to wsc_attach_translations().

set(WSC_TS_FILES
    ${PROJECT_SOURCE_DIR}/translations/wsconsole_en.ts
    ${PROJECT_SOURCE_DIR}/translations/wsconsole_zh_CN.ts)

file(GLOB_RECURSE WSC_TR_SOURCES CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/models/*.cpp ${PROJECT_SOURCE_DIR}/models/*.h
    ${PROJECT_SOURCE_DIR}/api/*.cpp ${PROJECT_SOURCE_DIR}/api/*.h
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h ${PROJECT_SOURCE_DIR}/ui/*.ui
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h)
list(SORT WSC_TR_SOURCES)

# The translations test re-runs lupdate over exactly this list.
set(WSC_TR_SOURCES_LIST ${CMAKE_BINARY_DIR}/translations/sources.lst)
string(REPLACE ";" "\n" _wsc_tr_lines "${WSC_TR_SOURCES}")
file(WRITE ${WSC_TR_SOURCES_LIST} "${_wsc_tr_lines}\n")

function(wsc_attach_translations target)
    qt_add_translations(${target}
        TS_FILES ${WSC_TS_FILES}
        SOURCES ${WSC_TR_SOURCES}
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS -no-obsolete -locations none)
endfunction()

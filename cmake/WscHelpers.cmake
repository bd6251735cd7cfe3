# Shared build helpers for every layer.

# Compile options for our own targets: all warnings on, none in our code.
function(wsc_target_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(WSC_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # QString(const char *) conversions hide encoding bugs; our sources are UTF-8.
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER)
endfunction()

# wsc_add_library(<name> STATIC sources...): a layer library with our warnings.
function(wsc_add_library name)
    qt_add_library(${name} STATIC ${ARGN})
    wsc_target_warnings(${name})
    target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/..)
endfunction()

# wsc_add_test(<name> SOURCES ... LIBS ... [GUI] [LABELS ...] [TIMEOUT s] [ENV ...])
# One executable and one ctest entry per test class. Every test runs with the
# offscreen platform, an English locale and its own HOME-free test paths.
function(wsc_add_test name)
    cmake_parse_arguments(T "GUI" "TIMEOUT" "SOURCES;LIBS;LABELS;ENV" ${ARGN})
    qt_add_executable(${name} ${T_SOURCES})
    wsc_target_warnings(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${T_LIBS})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests/bin)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=;LANGUAGE=;HOME=${CMAKE_BINARY_DIR}/tests/home;QT_LOGGING_RULES=qt.qpa.*=false;${T_ENV}")
    if(T_LABELS)
        set_tests_properties(${name} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()

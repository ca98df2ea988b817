# clinic_add_test(NAME tst_x SOURCES a.cpp ... LIBS Clinic::core ... [TIMEOUT seconds])
# One QtTest executable per unit, registered with CTest, run offscreen with a time limit.

set(CLINIC_TEST_DATA_DIR "${PROJECT_SOURCE_DIR}/tests/data")

function(clinic_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(NOT ARG_NAME OR NOT ARG_SOURCES)
        message(FATAL_ERROR "clinic_add_test needs NAME and SOURCES")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${ARG_NAME} PRIVATE
        CLINIC_TEST_DATA_DIR="${CLINIC_TEST_DATA_DIR}")
    clinic_target_defaults(${ARG_NAME})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=clinic.*.debug=false\;clinic.*.info=false")
endfunction()

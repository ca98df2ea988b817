# Compiler warnings, hardening and Qt definitions shared by every Clinic target.
# Call clinic_target_defaults(<target>) right after creating a target.

function(clinic_target_defaults target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic
        -fstack-protector-strong
        $<$<BOOL:${CLINIC_WERROR}>:-Werror>)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_USE_QSTRINGBUILDER
        QT_NO_URL_CAST_FROM_STRING
        # glibc's fortified functions need an optimised build; -O0 would warn on every file.
        $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "EXECUTABLE" OR type STREQUAL "SHARED_LIBRARY")
        target_link_options(${target} PRIVATE -Wl,-z,relro -Wl,-z,now)
    endif()
endfunction()

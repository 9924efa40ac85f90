# Windows: version resource with the icon, application manifest (per-monitor DPI awareness), Qt deployment through
# Qt's own deploy script (windeployqt under the hood), WiX installer + portable ZIP (CPack, see ../CMakeLists.txt).
configure_file(${CMAKE_CURRENT_SOURCE_DIR}/windows/apipay-desk.rc.in ${CMAKE_CURRENT_BINARY_DIR}/apipay-desk.rc @ONLY)
target_sources(apipay-desk PRIVATE
    ${CMAKE_CURRENT_BINARY_DIR}/apipay-desk.rc
    ${CMAKE_CURRENT_SOURCE_DIR}/windows/apipay-desk.manifest)

install(TARGETS apipay-desk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${APIPAY_LICENSE_FILES} DESTINATION licenses)

# Qt 6.4 spells the output argument FILENAME_VARIABLE; Qt >= 6.5 prefers OUTPUT_SCRIPT.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
    qt_generate_deploy_app_script(TARGET apipay-desk OUTPUT_SCRIPT APIPAY_DEPLOY_SCRIPT NO_UNSUPPORTED_PLATFORM_ERROR)
else()
    qt_generate_deploy_app_script(TARGET apipay-desk FILENAME_VARIABLE APIPAY_DEPLOY_SCRIPT NO_UNSUPPORTED_PLATFORM_ERROR)
endif()
install(SCRIPT ${APIPAY_DEPLOY_SCRIPT})

# Start-menu shortcut for the WiX installer.
set_property(INSTALL "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:apipay-desk>"
    PROPERTY CPACK_START_MENU_SHORTCUTS "ApiPay Desk")

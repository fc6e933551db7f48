# `cpack -G DEB` in the build folder makes two packages, so that a server needs no GUI
# libraries:
#   churnlab-server_<version>_amd64.deb  churnlab-serve and churnlab-cli (Qt Core, Network,
#                                        libzip, libsodium; what the container image installs)
#   churnlab_<version>_amd64.deb         the desktop app and the plot helper, with the desktop
#                                        entry, icon, the .churnlab project type and AppStream
#                                        metadata; depends on the
#                                        server package for the command line
set(CPACK_PACKAGE_NAME "churnlab")
set(CPACK_PACKAGE_VENDOR "ChurnLab")
set(CPACK_PACKAGE_CONTACT "ChurnLab developers <dev@churnlab.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop workbench for customer-churn prediction")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR "DEB")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL server gui)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
set(CPACK_DEBIAN_SERVER_PACKAGE_NAME "churnlab-server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "ChurnLab model scoring: churnlab-serve (HTTP) and churnlab-cli (train, score, bundle)")
# The run store's Qt SQL drivers are plugins, which shlibdeps cannot see.
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_GUI_PACKAGE_NAME "churnlab")
set(CPACK_DEBIAN_GUI_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-dejavu-core")
# Registers the project file type (its dpkg trigger reads /usr/share/mime/packages).
set(CPACK_DEBIAN_GUI_PACKAGE_RECOMMENDS "shared-mime-info")
set(CPACK_COMPONENT_GUI_DEPENDS server)
set(CPACK_COMPONENT_GUI_DESCRIPTION "Desktop workbench for customer-churn prediction")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
include(CPack)

# Install rules, the shared C/C++ library, pkg-config and CMake package
# files, and the Debian packages (CPack). Included from the top-level
# CMakeLists.txt after every target exists.
#
# Packages (cpack -G DEB, one component each):
#   lanjie          the `lanjie` command, systemd units, /etc/default files, man pages
#   liblanjie0      liblanjie.so.0: the public C API and the embeddable C++ API
#   liblanjie-dev   headers, liblanjie.a, lanjie.pc, the CMake package
#   python3-lanjie  the `lanjie` Python package for Debian's python3
# Debian's multiarch library directory (lib/x86_64-linux-gnu) whatever the
# configure-time prefix; GNUInstallDirs picks it only for prefix /usr.
if(CMAKE_LIBRARY_ARCHITECTURE)
  set(CMAKE_INSTALL_LIBDIR "lib/${CMAKE_LIBRARY_ARCHITECTURE}" CACHE PATH "object code libraries")
endif()
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(LANJIE_SOVERSION ${PROJECT_VERSION_MAJOR})
# The modules that make up the embeddable library (what lanjie_c.h and the
# installed C++ headers need); eval/serve/report stay in the command.
set(LANJIE_EMBED_MODULES common normalize lexicon match filter capi)
set(LANJIE_EMBED_OBJECTS)
set(LANJIE_EMBED_TARGETS)
# Compiled with -fvisibility=hidden -fvisibility-inlines-hidden: only what
# the installed headers mark LANJIE_EXPORT (lanjie/common/export.h) is
# exported by liblanjie.so; the static archives are unaffected in use.
foreach(m ${LANJIE_EMBED_MODULES})
  set_target_properties(lanjie_${m} PROPERTIES POSITION_INDEPENDENT_CODE ON
    C_VISIBILITY_PRESET hidden CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  list(APPEND LANJIE_EMBED_OBJECTS $<TARGET_OBJECTS:lanjie_${m}>)
  list(APPEND LANJIE_EMBED_TARGETS lanjie_${m})
endforeach()

# liblanjie.so.0: the objects of the embed modules, linked with their
# third-party libraries. Only what the installed headers mark LANJIE_EXPORT
# is exported; the version script (packaging/liblanjie.map: lanjie_* and
# names directly in namespace lanjie) is a second guard that also keeps the
# third-party code linked in local.
add_library(lanjie_shared SHARED ${LANJIE_EMBED_OBJECTS})
set_target_properties(lanjie_shared PROPERTIES
  OUTPUT_NAME lanjie VERSION ${PROJECT_VERSION} SOVERSION ${LANJIE_SOVERSION}
  LINK_DEPENDS ${PROJECT_SOURCE_DIR}/packaging/liblanjie.map)
target_link_options(lanjie_shared PRIVATE
  -Wl,--version-script=${PROJECT_SOURCE_DIR}/packaging/liblanjie.map -Wl,--no-undefined -Wl,--as-needed)
# The module archives bring their PRIVATE third-party dependencies along
# ($<LINK_ONLY:...>); their objects are already in, so none is pulled twice.
target_link_libraries(lanjie_shared PRIVATE ${LANJIE_EMBED_TARGETS})
# The public C++ headers use absl::Status/StatusOr: consumers link absl
# themselves. Hyperscan stays inside (scanner.h only forward-declares it).
target_link_libraries(lanjie_shared INTERFACE absl::status absl::statusor absl::strings)
target_include_directories(lanjie_shared INTERFACE $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)

# liblanjie.a: the same objects in one archive for static consumers.
add_library(lanjie_static STATIC ${LANJIE_EMBED_OBJECTS})
set_target_properties(lanjie_static PROPERTIES OUTPUT_NAME lanjie)
target_include_directories(lanjie_static INTERFACE $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)

# --- the command, units, configuration, man pages --------------------------
install(TARGETS lanjie RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT lanjie)
# lanjie-corpus runs corpus, lanjie-full every other command but scan and
# info; `lanjie` finds them at ../libexec/lanjie relative to itself
# (tools/companion.h, tools/CMakeLists.txt).
install(TARGETS lanjie_full lanjie_corpus_cmd RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/lanjie COMPONENT lanjie)
install(FILES packaging/systemd/lanjie-serve.service packaging/systemd/lanjie-proxy.service
        DESTINATION /lib/systemd/system COMPONENT lanjie)
install(FILES packaging/default/lanjie-serve packaging/default/lanjie-proxy
        DESTINATION /etc/default COMPONENT lanjie)
install(DIRECTORY data/examples/ DESTINATION ${CMAKE_INSTALL_DATADIR}/lanjie/examples
        COMPONENT lanjie)
# The example list compiled by the just-built lanjie (portable: the package
# may be installed on another x86-64 CPU): /usr/share/lanjie/example.ljdb,
# its sources beside it in examples/. postinst copies it to
# /var/lib/lanjie/list.ljdb when no list is there, so that
# `systemctl enable --now lanjie-serve` has a list to start with.
set(LANJIE_EXAMPLE_LJDB ${CMAKE_CURRENT_BINARY_DIR}/example.ljdb)
add_custom_command(
  OUTPUT ${LANJIE_EXAMPLE_LJDB}
  COMMAND $<TARGET_FILE:lanjie> compile ${PROJECT_SOURCE_DIR}/data/examples/keywords.csv
          --allow ${PROJECT_SOURCE_DIR}/data/examples/allow.txt --portable --name "lanjie example list"
          -o ${LANJIE_EXAMPLE_LJDB}
  DEPENDS lanjie lanjie_full ${PROJECT_SOURCE_DIR}/data/examples/keywords.csv ${PROJECT_SOURCE_DIR}/data/examples/allow.txt
  COMMENT "Compiling the example list (data/examples) into example.ljdb"
  VERBATIM)
add_custom_target(lanjie_example_list ALL DEPENDS ${LANJIE_EXAMPLE_LJDB})
install(FILES ${LANJIE_EXAMPLE_LJDB} DESTINATION ${CMAKE_INSTALL_DATADIR}/lanjie COMPONENT lanjie)

set(LANJIE_MAN_DIR ${CMAKE_CURRENT_BINARY_DIR}/man)
find_program(HELP2MAN help2man)
find_program(GZIP gzip REQUIRED)
if(HELP2MAN)
  add_custom_command(
    OUTPUT ${LANJIE_MAN_DIR}/stamp
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${LANJIE_MAN_DIR}
    COMMAND ${PROJECT_SOURCE_DIR}/packaging/make-man.sh $<TARGET_FILE:lanjie> ${LANJIE_MAN_DIR}
    COMMAND ${GZIP} -9nf ${LANJIE_MAN_DIR}/*.1
    COMMAND ${CMAKE_COMMAND} -E touch ${LANJIE_MAN_DIR}/stamp
    DEPENDS lanjie lanjie_full lanjie_corpus_cmd ${PROJECT_SOURCE_DIR}/packaging/make-man.sh
    COMMENT "Man pages from lanjie --help (help2man)")
  add_custom_target(lanjie_man ALL DEPENDS ${LANJIE_MAN_DIR}/stamp)
  install(DIRECTORY ${LANJIE_MAN_DIR}/ DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
          COMPONENT lanjie FILES_MATCHING PATTERN "*.1.gz")
else()
  message(STATUS "lanjie: help2man not found, no man pages (scripts/deps.sh installs it)")
endif()

# --- the libraries and the development files --------------------------------
install(TARGETS lanjie_shared EXPORT lanjieTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT liblanjie0 NAMELINK_COMPONENT liblanjie-dev)
install(TARGETS lanjie_static EXPORT lanjieTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT liblanjie-dev)
foreach(m ${LANJIE_EMBED_MODULES})
  install(DIRECTORY engine/include/lanjie/${m} DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/lanjie
          COMPONENT liblanjie-dev FILES_MATCHING PATTERN "*.h")
endforeach()
install(EXPORT lanjieTargets NAMESPACE lanjie:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/lanjie
        COMPONENT liblanjie-dev)
configure_package_config_file(packaging/lanjieConfig.cmake.in ${CMAKE_CURRENT_BINARY_DIR}/lanjieConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/lanjie)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/lanjieConfigVersion.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/lanjieConfig.cmake ${CMAKE_CURRENT_BINARY_DIR}/lanjieConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/lanjie COMPONENT liblanjie-dev)
# lanjie.pc locates the tree from its own place (${pcfiledir}), so a staged
# or relocated install works as well as /usr.
file(RELATIVE_PATH LANJIE_PC_TO_PREFIX "/p/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/p")
# lanjie.pc: the C API (no third-party flags: what cgo and C programs use);
# lanjie-cpp.pc: the C++ API, which also needs Abseil's headers and libraries.
configure_file(packaging/lanjie.pc.in ${CMAKE_CURRENT_BINARY_DIR}/lanjie.pc @ONLY)
configure_file(packaging/lanjie-cpp.pc.in ${CMAKE_CURRENT_BINARY_DIR}/lanjie-cpp.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/lanjie.pc ${CMAKE_CURRENT_BINARY_DIR}/lanjie-cpp.pc
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT liblanjie-dev)

# --- the Python package -------------------------------------------------------
if(TARGET lanjie_python)
  # The extension as a target (so that packaging strips it), the pure-Python
  # files from the package directory the build assembles.
  install(TARGETS lanjie_python LIBRARY DESTINATION lib/python3/dist-packages/lanjie COMPONENT python3-lanjie)
  install(DIRECTORY ${PROJECT_BINARY_DIR}/python/lanjie/ DESTINATION lib/python3/dist-packages/lanjie
          COMPONENT python3-lanjie FILES_MATCHING PATTERN "*.py" PATTERN "__pycache__" EXCLUDE)
endif()

# --- Debian documentation every package carries -----------------------------
foreach(pkg lanjie liblanjie0 liblanjie-dev python3-lanjie)
  install(FILES packaging/debian/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${pkg} COMPONENT ${pkg})
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${pkg}
          COMPONENT ${pkg})
endforeach()
string(TIMESTAMP LANJIE_CHANGELOG_DATE "%a, %d %b %Y %H:%M:%S +0000" UTC)
configure_file(packaging/debian/changelog.in ${CMAKE_CURRENT_BINARY_DIR}/changelog @ONLY)
execute_process(COMMAND ${GZIP} -9nf ${CMAKE_CURRENT_BINARY_DIR}/changelog)

# --- CPack: Debian packages ----------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME lanjie)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "lanjie")
set(CPACK_PACKAGE_CONTACT "lanjie maintainers <maintainers@lanjie.invalid>")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL lanjie liblanjie0 liblanjie-dev)
if(TARGET lanjie_python)
  list(APPEND CPACK_COMPONENTS_ALL python3-lanjie)
endif()
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://lanjie.invalid/")
set(CPACK_DEBIAN_LANJIE_PACKAGE_NAME lanjie)
set(CPACK_DEBIAN_LANJIE_PACKAGE_SECTION misc)
set(CPACK_COMPONENT_LANJIE_DESCRIPTION "keyword interception, refusal evaluation and runtime filtering for generative-AI filing
 lanjie compiles keyword interception lists (evasion-aware, exact original
 offsets), evaluates refusal rates of OpenAI-compatible endpoints for filing,
 audits training corpora, and runs as an HTTP moderation sidecar or an
 OpenAI-compatible guard proxy (systemd units lanjie-serve and lanjie-proxy).")
set(CPACK_DEBIAN_LANJIE_PACKAGE_CONTROL_EXTRA ${PROJECT_SOURCE_DIR}/packaging/debian/conffiles
  ${PROJECT_SOURCE_DIR}/packaging/debian/postinst ${PROJECT_SOURCE_DIR}/packaging/debian/postrm)
set(CPACK_DEBIAN_LIBLANJIE0_PACKAGE_NAME liblanjie0)
set(CPACK_DEBIAN_LIBLANJIE0_PACKAGE_SECTION libs)
set(CPACK_COMPONENT_LIBLANJIE0_DESCRIPTION "lanjie keyword interception library (C and C++ API)
 The shared library behind lanjie's C API (lanjie_c.h) and its embeddable
 C++ API: compiled keyword lists, scanning with exact original offsets and
 the streaming filter for model output.")
set(CPACK_DEBIAN_LIBLANJIE0_PACKAGE_CONTROL_EXTRA ${CMAKE_CURRENT_BINARY_DIR}/shlibs;${PROJECT_SOURCE_DIR}/packaging/debian/triggers)
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/shlibs "liblanjie ${LANJIE_SOVERSION} liblanjie0 (>= ${PROJECT_VERSION})\n")
set(CPACK_DEBIAN_LIBLANJIE-DEV_PACKAGE_NAME liblanjie-dev)
set(CPACK_DEBIAN_LIBLANJIE-DEV_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_LIBLANJIE-DEV_PACKAGE_DEPENDS
  "liblanjie0 (= ${PROJECT_VERSION}), libabsl-dev, nlohmann-json3-dev")
set(CPACK_COMPONENT_LIBLANJIE-DEV_DESCRIPTION "lanjie keyword interception library (development files)
 Headers, the static library, pkg-config file (lanjie.pc) and CMake package
 (find_package(lanjie CONFIG), target lanjie::lanjie) for embedding lanjie.")
set(CPACK_DEBIAN_PYTHON3-LANJIE_PACKAGE_NAME python3-lanjie)
set(CPACK_DEBIAN_PYTHON3-LANJIE_PACKAGE_SECTION python)
set(CPACK_DEBIAN_PYTHON3-LANJIE_PACKAGE_DEPENDS "python3")
set(CPACK_DEBIAN_PYTHON3-LANJIE_PACKAGE_SUGGESTS "python3-distributed")
set(CPACK_COMPONENT_PYTHON3-LANJIE_DESCRIPTION "lanjie keyword interception for Python 3
 The lanjie Python package: compiled keyword lists, scanning with exact
 offsets, the streaming filter, and the training-corpus audit on Dask.")
include(CPack)

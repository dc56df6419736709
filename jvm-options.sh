# JVM options for a claimcheck service started on this machine, shared by ./run-local.sh and
# benchmarks/startup/run.sh (source it, then: java $(service_jvm_options extractor-service) -jar ...): a heap bound for
# each service, the same as the Kubernetes manifests give it (k8s/base/*.yaml: half of the container's memory), and the
# serial collector, which on one or two cores costs the least memory. Without a bound the JVM would reserve a quarter
# of the machine for each service's heap and let it grow to that under load.
service_jvm_options() {
  local heap
  case "$1" in
    reconciler-service) heap=512m ;;
    extractor-service) heap=384m ;;
    *) heap=256m ;;
  esac
  echo "-Xmx$heap -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
}

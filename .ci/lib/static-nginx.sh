# Sourced by the checks that serve the static build with a plain nginx
# (25-static-browser.sh, 50-lighthouse-axe.sh): one way to start and stop it.
#
#   work=$(mktemp -d); chmod 755 "$work"
#   . .ci/lib/static-nginx.sh
#   trap 'stop_static_nginx; rm -rf "$work"' EXIT
#   start_static_nginx "$public" "$work"     # sets $port and $nginx_pid

nginx_pid=
port=

free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

stop_static_nginx() {
  if [ -n "$nginx_pid" ]; then
    kill -TERM "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
  fi
  nginx_pid=
}

# nginx on a free loopback port with `root $1`, in the foreground, everything it writes
# under $2. A port found free can be taken before nginx binds it: then try another.
start_static_nginx() {
  local public=$1 work=$2
  for _ in 1 2 3 4 5; do
    port=$(free_port)
    cat >"$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log $work/access.log;
  client_body_temp_path $work/body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  server {
    listen 127.0.0.1:$port;
    root $public;
  }
}
CONF
    nginx -p "$work" -c "$work/nginx.conf" -e "$work/error.log" &
    nginx_pid=$!
    for _ in $(seq 100); do
      kill -0 "$nginx_pid" 2>/dev/null || break
      if curl -fsS -o /dev/null "http://127.0.0.1:$port/"; then
        echo "nginx serves $public on http://127.0.0.1:$port/"
        return 0
      fi
      sleep 0.1
    done
    stop_static_nginx
    echo "nginx did not come up on port $port; trying another" >&2
    cat "$work/error.log" >&2 || true
  done
  echo "nginx never came up" >&2
  return 1
}
